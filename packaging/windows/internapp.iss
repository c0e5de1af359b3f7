; Inno Setup script: the Windows installer for internapp (Inno Setup 6.3 or newer).
;
; It packs the one-folder bundle that PyInstaller made (dist\internapp\, see packaging\README.md)
; and is compiled with the version from pyproject.toml:
;
;   iscc /DAppVersion=0.1.0 packaging\windows\internapp.iss
;
; The result is dist\internapp-0.1.0-setup.exe. It installs for the current user without
; administrator rights by default (the user may choose all users), adds a Start-menu entry (and,
; if asked, a desktop shortcut) and an uninstaller in Settings → Apps.
;
; The user's data is NOT touched, neither by installing nor by uninstalling: internapp keeps it in
; %LOCALAPPDATA%\internapp (platformdirs), outside the installation folder, and this script has no
; [UninstallDelete] entry for it. Reinstalling or upgrading finds the data where it was.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\internapp.iss
#endif

#define AppName "internapp"
#define AppId "io.github.internapp.InternApp"
#define BundleDir "..\..\dist\internapp"

[Setup]
; AppId identifies the installation for upgrades and the uninstaller: never change it.
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=internapp developers
AppPublisherURL=https://github.com/internapp/internapp
AppSupportURL=https://github.com/internapp/internapp/issues
AppUpdatesURL=https://github.com/internapp/internapp/releases
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile=..\..\LICENSE
SetupIconFile=internapp.ico
UninstallDisplayIcon={app}\internapp.exe
UninstallDisplayName={#AppName} {#AppVersion}
OutputDir=..\..\dist
OutputBaseFilename=internapp-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; the whole bundle: internapp.exe (the window), internapp-cli.exe (the same program for a
; terminal) and _internal\ (Python, Qt and the libraries)
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; an upgrade replaces the previous bundle's libraries rather than mixing two versions
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\internapp.exe"; Comment: "Applications, engagements, hours, contacts and skills in one private place"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\internapp.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\internapp.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section: uninstalling removes only what [Files] installed, and the user's
; data in %LOCALAPPDATA%\internapp stays.
