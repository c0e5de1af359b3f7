"""Commands that turn records into decisions: skills (levels, roles, radar, merge), timeline,
today, and the calendar and chart exports."""

import argparse
from pathlib import Path

from internapp.cli.common import add_command, cli_context, fail, print_json
from internapp.core.durations import hours_text


def register(commands) -> None:
    skills_parser = commands.add_parser("skills", help="skill levels, target roles and the radar",
                                        description="skill levels, target roles and the radar")
    skills_commands = skills_parser.add_subparsers(dest="skills_command", metavar="COMMAND",
                                                   required=True)
    levels = add_command(skills_commands, "levels", skill_levels,
                         "every practised or rated skill with its level (0–5)")
    levels.add_argument("--all", action="store_true", help="include skills never practised")
    levels.add_argument("--json", action="store_true", help="print JSON")
    roles = add_command(skills_commands, "roles", skill_roles, "the target roles and their skills")
    roles.add_argument("--json", action="store_true", help="print JSON")
    radar = add_command(skills_commands, "radar", skill_radar,
                        "current levels against a target role, gaps and openings")
    radar.add_argument("--target", required=True, metavar="ROLE", help="a target role's name")
    radar.add_argument("--json", action="store_true", help="print JSON")
    merge = add_command(skills_commands, "merge", skill_merge,
                        "move every use of SOURCE onto INTO and remove SOURCE")
    merge.add_argument("source", metavar="SOURCE")
    merge.add_argument("into", metavar="INTO")
    duplicates = add_command(skills_commands, "duplicates", skill_duplicates,
                             "pairs of skills that look like the same skill")
    duplicates.add_argument("--json", action="store_true", help="print JSON")

    line = add_command(commands, "timeline", show_timeline,
                       "engagements with their spans, dated markers and the weekly load")
    line.add_argument("--from", dest="start", metavar="DATE", help="first day (YYYY-MM-DD)")
    line.add_argument("--to", dest="end", metavar="DATE", help="last day (YYYY-MM-DD)")
    line.add_argument("--json", action="store_true", help="print JSON")

    today = add_command(commands, "today", show_today, "what needs you today")
    today.add_argument("--no-reply-days", type=int, default=14, metavar="N",
                       help="list applications with no reply for N days (default 14)")
    today.add_argument("--json", action="store_true", help="print JSON")


def register_exports(export_formats) -> None:
    calendar = add_command(export_formats, "ics", export_ics,
                           "deadlines, interviews, milestones and follow-ups as an .ics calendar")
    calendar.add_argument("file", metavar="FILE", type=Path)
    chart = add_command(export_formats, "chart", export_chart,
                        "the radar, timeline or income chart as a PNG or SVG file")
    chart.add_argument("chart", choices=["radar", "timeline", "income"])
    chart.add_argument("file", metavar="FILE", type=Path, help="ending in .png or .svg")
    chart.add_argument("--target", metavar="ROLE",
                       help="the target role of the radar (default: the closest one)")
    chart.add_argument("--from", dest="start", metavar="DATE", help="timeline: first day")
    chart.add_argument("--to", dest="end", metavar="DATE", help="timeline: last day")
    chart.add_argument("--year", type=int, metavar="Y", help="income: the year (default: this one)")
    chart.add_argument("--currency", metavar="C",
                       help="income: the currency (default: the one with the most received)")
    chart.add_argument("--dark", action="store_true", help="draw in the dark colours")


# --- skills --------------------------------------------------------------------------------------


def skill_levels(args: argparse.Namespace) -> int:
    from internapp.core.services import skill_levels as levels_service

    with cli_context(args) as context:
        rows = [r for r in levels_service.levels(context.store)
                if args.all or r.level > 0 or r.engagements]
    if args.json:
        print_json([{"skill": r.name, "category": r.category, "level": round(r.level, 2),
                     "computed": round(r.computed, 2), "self_rating": r.self_rating,
                     "hours": round(r.hours, 2), "engagements": r.engagements} for r in rows])
    else:
        for r in rows:
            rated = " (self-rated)" if r.rated else ""
            print(f"{r.level:4.1f}  {r.name}{rated} — {hours_text(r.hours)} on {r.engagements} "
                  f"engagement{'s' if r.engagements != 1 else ''}")
    return 0


def skill_roles(args: argparse.Namespace) -> int:
    from internapp.core.services import target_roles

    with cli_context(args) as context:
        roles = target_roles.list_roles(context.store)
    if args.json:
        print_json([{"name": r.name, "builtin": r.builtin, "skills": r.skills} for r in roles])
    else:
        for r in roles:
            skills = ", ".join(f"{name} {level:g}" for name, level in r.skills.items())
            print(f"{r.name}{'' if r.builtin else ' (yours)'}: {skills}")
    return 0


def skill_radar(args: argparse.Namespace) -> int:
    from internapp.core.services import target_roles

    with cli_context(args) as context:
        radar = target_roles.radar(context.store, args.target)
    if args.json:
        print_json({
            "target": radar.target,
            "axes": [{"skill": a.skill, "current": a.current, "target": a.target, "gap": a.gap}
                     for a in radar.axes],
            "gaps": [a.skill for a in radar.gaps],
            "openings": {skill: [{"application_id": o.application_id,
                                  "organization": o.organization, "role": o.role,
                                  "stage": o.stage, "deadline": o.deadline}
                                 for o in found] for skill, found in radar.openings.items()},
        })
        return 0
    print(f"{radar.target}: {radar.reached} of {len(radar.axes)} target levels reached")
    for a in radar.axes:
        print(f"  {a.skill:<32} {a.current:4.1f} / {a.target:g}" + (f"  gap {a.gap:.1f}"
                                                                     if a.gap else ""))
    for skill, found in radar.openings.items():
        for o in found:
            print(f"  → {skill}: {o.role} at {o.organization} ({o.stage})")
    return 0


def skill_merge(args: argparse.Namespace) -> int:
    from internapp.core.services import skills

    with cli_context(args) as context:
        result = skills.merge(context.store, args.source, args.into)
    print(f"merged {result.removed!r} into {result.kept!r}: {result.engagements} engagement, "
          f"{result.applications} application and {result.target_roles} target-role links moved")
    return 0


def skill_duplicates(args: argparse.Namespace) -> int:
    from internapp.core.services import skills

    with cli_context(args) as context:
        pairs = skills.duplicate_pairs(context.store)
    if args.json:
        print_json([{"keep": p.keep, "merge": p.merge} for p in pairs])
    else:
        for p in pairs:
            print(f"{p.merge!r} looks like {p.keep!r}: internapp skills merge "
                  f"{p.merge!r} {p.keep!r}")
    return 0


# --- timeline and today --------------------------------------------------------------------------


def show_timeline(args: argparse.Namespace) -> int:
    from internapp.core.services import timeline

    with cli_context(args) as context:
        data = timeline.timeline(context.store, args.start, args.end)
    if args.json:
        print_json({
            "from": data.start, "to": data.end, "today": data.today,
            "engagements": data.bars, "markers": data.markers,
            "weeks": [{"week": w.week_start, "logged_hours": round(w.logged_hours, 2),
                       "planned_hours": round(w.planned_hours, 2),
                       "cap_hours": None if w.cap_hours is None else round(w.cap_hours, 2),
                       "over": w.over} for w in data.weeks],
        })
        return 0
    print(f"{data.start} to {data.end}")
    for b in data.bars:
        print(f"  {b.start} → {b.end}  {b.title} ({b.status})")
    for m in data.markers:
        print(f"  {m.day}  {m.kind:<9} {m.title} — {m.detail}")
    for w in data.weeks:
        flag = "  OVER" if w.over else ""
        caps = "no weekly cap" if w.cap_hours is None else f"{hours_text(w.cap_hours)} of caps"
        print(f"  week of {w.week_start}: {hours_text(w.logged_hours)} logged + "
              f"{hours_text(w.planned_hours)} planned / {caps}{flag}")
    return 0


def show_today(args: argparse.Namespace) -> int:
    from internapp.core.services import today

    if args.no_reply_days < 1:
        return fail("--no-reply-days: must be at least 1")
    with cli_context(args) as context:
        data = today.today(context.store, no_reply_days=args.no_reply_days)
    if args.json:
        print_json({
            "date": data.day, "timer": data.timer, "due": data.due,
            "budgets": [{"engagement_id": b.engagement_id, "title": b.title, "level": b.level,
                         "used_share": b.used_share, "week_hours": round(b.week_hours, 2),
                         "weekly_cap_hours": b.weekly_cap_hours, "over_cap": b.over_cap}
                        for b in data.budgets],
            "contacts": data.contacts, "no_reply": data.no_reply,
            "no_reply_days": data.no_reply_days,
        })
        return 0
    print(f"Today, {data.day:%A %d %B %Y}")
    if data.timer:
        print(f"  timer running on {data.timer.engagement} since {data.timer.started_at:%H:%M} UTC")
    for item in data.due:
        print(f"  {item.day}  {item.kind:<9} {item.title} — {item.detail}")
    for b in data.budgets:
        print(f"  budget    {b.title}: {hours_text(b.logged_hours)}"
              + (f" of {hours_text(b.hours_estimate)}" if b.hours_estimate else "")
              + (" — over this week's cap" if b.over_cap else ""))
    for c in data.contacts:
        print(f"  contact   {c.name}: {c.overdue_days} days past keeping in touch")
    for n in data.no_reply:
        print(f"  no reply  {n.role} at {n.organization}: {n.days_waiting} days")
    if data.is_empty:
        print("  nothing yet — try: internapp demo")
    return 0


# --- exports -------------------------------------------------------------------------------------


def export_ics(args: argparse.Namespace) -> int:
    from internapp.core.interchange import ics

    if not args.file.parent.is_dir():
        return fail(f"file: the folder {args.file.parent} does not exist")
    with cli_context(args) as context:
        count = ics.export(context.store, args.file)
    print(f"exported {count} events to {args.file}")
    return 0


def export_chart(args: argparse.Namespace) -> int:
    from internapp.ui.charts.export import chart_format

    chart_format(args.file)  # refuse a bad extension before opening anything
    with cli_context(args) as context:
        from internapp.ui.charts.export import save_figure
        from internapp.ui.charts.style import style_for

        style = style_for(args.dark)
        if args.chart == "radar":
            from internapp.core.services import target_roles
            from internapp.ui.charts.radar_figure import draw_radar

            target = args.target or target_roles.closest_role(context.store) or "Data analyst"
            figure = draw_radar(target_roles.radar(context.store, target), style, title=True)
        elif args.chart == "income":
            from internapp.core.clock import today_local
            from internapp.core.services import income
            from internapp.core.services.money import currency_code
            from internapp.ui.charts.income_figure import draw_income, income_series

            year = args.year or today_local().year
            report = income.income(context.store, by="month", year=year)
            currency = currency_code("currency", args.currency) or max(
                sorted(report.received.currencies() or ["USD"]),
                key=lambda c: report.received.get(c))
            figure = draw_income(income_series(report, year, currency), style, title=True,
                                 today=today_local())
        else:
            from internapp.core.services import timeline
            from internapp.ui.charts.timeline_figure import draw_timeline

            data = timeline.timeline(context.store, args.start, args.end)
            figure = draw_timeline(data, style).figure
        save_figure(figure, args.file)
    print(f"saved the {args.chart} chart to {args.file}")
    return 0

