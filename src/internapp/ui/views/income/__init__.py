"""The Income screen: ``screen.create_screen`` builds it; the other modules are its tabs."""
