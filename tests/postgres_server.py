"""A real PostgreSQL server for the sync tests, started from Debian's binaries on a private port
and socket directory under a temporary folder, and stopped (and removed) afterwards.

As root the server runs as the ``postgres`` system user (PostgreSQL refuses to run as root).
Local socket connections trust (the test's administrator); TCP on 127.0.0.1 asks for passwords
(scram-sha-256), except for the role ``trusty`` (trust: a passwordless server). With ``tls`` the
server also accepts TLS, with a certificate for 127.0.0.1/localhost signed by its own CA.
"""

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

PORTS = range(5413, 5440)
GROUP_ROLE = "internapp_sync_user"


def find_bindir() -> Path | None:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                        key=lambda p: int(p.split("/")[4]) if p.split("/")[4].isdigit() else 0)
    if candidates:
        return Path(candidates[-1]).parent
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _free_port(start_after: int = 0) -> int:
    for port in PORTS:
        if port <= start_after:
            continue
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port in 5413–5439")


class PostgresServer:
    def __init__(self, bindir: Path, *, tls: bool = False, port: int | None = None) -> None:
        self.bindir = bindir
        self.tls = tls
        self.port = port or _free_port()
        self.root = Path(tempfile.mkdtemp(prefix="internapp-pg-"))
        self.data = self.root / "data"
        self.socket_dir = self.root
        self.ca_file: Path | None = None
        self._as_root = os.geteuid() == 0
        if self._as_root:
            owner = pwd.getpwnam("postgres")
            os.chown(self.root, owner.pw_uid, owner.pw_gid)
        self.root.chmod(0o755)

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        command = list(args)
        if self._as_root:
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(command, check=check, capture_output=True, text=True, timeout=120)

    def start(self) -> "PostgresServer":
        self._run(str(self.bindir / "initdb"), "-D", str(self.data), "-U", "admin",
                  "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--no-sync",
                  "--locale=C")
        hba = self.data / "pg_hba.conf"
        rules = ("local all all trust\n"
                 "host all trusty 127.0.0.1/32 trust\n"
                 "host all all 127.0.0.1/32 scram-sha-256\n")
        options = [f"port = {self.port}", f"unix_socket_directories = '{self.socket_dir}'",
                   "listen_addresses = '127.0.0.1'", "fsync = off", "full_page_writes = off",
                   "synchronous_commit = off", "max_connections = 40",
                   "shared_buffers = 64MB", "log_min_messages = warning"]
        if self.tls:
            self._make_certificates()
            options += ["ssl = on", f"ssl_cert_file = '{self.data / 'server.crt'}'",
                        f"ssl_key_file = '{self.data / 'server.key'}'"]
            rules = rules.replace("host all all", "hostssl all all")
        self._write_as_server(hba, rules)
        conf = self.data / "postgresql.conf"
        self._write_as_server(conf, conf.read_text() + "\n" + "\n".join(options) + "\n")
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l",
                  str(self.root / "server.log"), "-w", "-t", "60", "start")
        with self.admin() as connection:
            connection.execute(f"CREATE ROLE {GROUP_ROLE} NOLOGIN")
        return self

    def _write_as_server(self, path: Path, text: str) -> None:
        path.write_text(text)
        if self._as_root:
            owner = pwd.getpwnam("postgres")
            os.chown(path, owner.pw_uid, owner.pw_gid)

    def _make_certificates(self) -> None:
        folder = self.root / "certs"
        folder.mkdir()
        ca_key, ca_crt = folder / "ca.key", folder / "ca.crt"
        key, csr, crt = self.data / "server.key", folder / "server.csr", self.data / "server.crt"
        ext = folder / "ext.cnf"
        ext.write_text("subjectAltName = IP:127.0.0.1, DNS:localhost\n")

        def openssl(*args: str) -> None:
            subprocess.run(["openssl", *args], check=True, capture_output=True, timeout=60)

        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
                "/CN=internapp test CA", "-keyout", str(ca_key), "-out", str(ca_crt))
        openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1", "-keyout",
                str(key), "-out", str(csr))
        openssl("x509", "-req", "-in", str(csr), "-CA", str(ca_crt), "-CAkey", str(ca_key),
                "-CAcreateserial", "-days", "2", "-extfile", str(ext), "-out", str(crt))
        key.chmod(0o600)
        if self._as_root:
            owner = pwd.getpwnam("postgres")
            for path in (key, crt):
                os.chown(path, owner.pw_uid, owner.pw_gid)
        folder.chmod(0o755)
        ca_crt.chmod(0o644)
        self.ca_file = ca_crt

    def admin(self, dbname: str = "postgres"):
        import psycopg

        return psycopg.connect(host=str(self.socket_dir), port=self.port, user="admin",
                               dbname=dbname, autocommit=True)

    def create_database(self, name: str) -> str:
        with self.admin() as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return name

    def drop_database(self, name: str) -> None:
        with self.admin() as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def create_student(self, name: str, password: str | None) -> str:
        from psycopg import sql

        with self.admin() as connection:
            connection.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(name)))
            if password is None:
                connection.execute(sql.SQL("CREATE ROLE {} LOGIN IN ROLE {}").format(
                    sql.Identifier(name), sql.Identifier(GROUP_ROLE)))
            else:
                connection.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
                    sql.Identifier(name), sql.Literal(password), sql.Identifier(GROUP_ROLE)))
        return name

    def admin_url(self, dbname: str) -> str:
        """The administrator's URL (over the socket, trusted), for ``sync init-server``."""
        return f"postgresql://admin@/{dbname}?host={self.socket_dir}&port={self.port}"

    def url(self, user: str, dbname: str, **params: str) -> str:
        query = "&".join(f"{k}={v}" for k, v in params.items())
        return f"postgresql://{user}@127.0.0.1:{self.port}/{dbname}" + (f"?{query}" if query
                                                                        else "")

    def stop(self) -> None:
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w",
                  "stop", check=False)
        shutil.rmtree(self.root, ignore_errors=True)
