; Inno Setup 6 script: the Windows installer of wage-remedy.
;
; Compiled by installer\build_windows.ps1 after PyInstaller has built dist\wage-remedy\:
;   ISCC.exe /DAppVersion=0.1.0 /DNumericVersion=0.1.0 /DSourceDir=<checkout>\dist\wage-remedy /O<checkout>\dist installer\wage_remedy.iss
; Result: dist\wage-remedy-<version>-setup.exe
;
; Installs the one-folder build to {autopf}\wage-remedy (Program Files when installed for all
; users, the user's own Programs folder when a user without admin rights installs it for
; themselves), a start-menu entry, an optional desktop icon, and an "Open with" entry for .json.
; Managed machines (deployment by IT): wage-remedy-<version>-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /ALLUSERS
; The uninstaller removes the program folder, the shortcuts and every registry entry made below.
; It never touches case files or documents: they live in the user's own folders.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
; Windows' file version: numbers only (build_windows.ps1 passes the leading X.Y.Z of AppVersion).
#ifndef NumericVersion
  #define NumericVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\dist\wage-remedy"
#endif
#define AppName "wage-remedy"
#define AppExe "wage-remedy.exe"
#define ProgId "WageRemedy.Case"

[Setup]
; AppId identifies the program for upgrades and uninstall: never change it.
AppId={{F2073E1F-85E4-4B95-B3BF-004E28ED3048}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=wage-remedy project
AppComments=Back-pay calculator for labour inspectors
VersionInfoVersion={#NumericVersion}
DefaultDirName={autopf}\wage-remedy
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename=wage-remedy-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayName={#AppName} {#AppVersion}
UninstallDisplayIcon={app}\{#AppExe}
; Tell Explorer about the "Open with" entry at install and uninstall.
ChangesAssociations=yes
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the bundle's library folder whole, so no stale module of an older
; version is left next to the new one.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Registry]
; Case files are plain .json (format "wage-remedy-case"). Most .json files on a machine are not
; cases, so taking over the .json default (the program that opens on double-click) would be wrong
; and would annoy anyone who edits JSON. Instead the program registers a ProgID and lists it
; under .json\OpenWithProgids: it appears in "Open with" for .json files, the user's default is
; left alone, and nothing else is changed. Each entry below is removed by the uninstaller
; (uninsdeletekey / uninsdeletevalue); HKA is HKLM for an all-users install, HKCU otherwise.
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "wage-remedy case"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.json\OpenWithProgids"; ValueType: none; ValueName: "{#ProgId}"; Flags: uninsdeletevalue
; The friendly name and the file types shown in the "Open with" list.
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".json"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Anything the program may have left in its own folder (never the user's cases or documents).
Type: filesandordirs; Name: "{app}"
