"""internapp's resources (icons, stylesheets, desktop files, translations), installed as the
package ``internapp.resources`` (setup.py maps this folder to it); read them through
``importlib.resources.files("internapp.resources")``."""
