"""The Settings screen: ``screen.create_screen`` builds it; the other modules are its parts."""
