"""The one thing pyproject.toml cannot say: ``resources/`` at the top of the repository (beside
src/, as the design page draws it) is the package ``internapp.resources``. The wheel, the bundle
and the Flatpak install it as ``internapp/resources/``; an editable install maps the package to
the folder, so ``importlib.resources.files("internapp.resources")`` works everywhere alike.
Everything else about the build is in pyproject.toml (the files shipped: package-data)."""

from setuptools import find_namespace_packages, find_packages, setup

# its folders (icons/, styles/, …) hold data only; named here so setuptools knows them as such
RESOURCE_FOLDERS = [f"internapp.resources.{name}" for name in find_namespace_packages("resources")]

setup(
    packages=[*find_packages("src"), "internapp.resources", *RESOURCE_FOLDERS],
    package_dir={"": "src", "internapp.resources": "resources"},
)
