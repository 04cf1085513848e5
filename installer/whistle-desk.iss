; 吹哨报到工作台 / Whistle Desk — Inno Setup 6 script (Windows installer of the PyInstaller bundle).
;
; NOT EXECUTED HERE: this repository is developed and tested on Linux, where Inno Setup cannot run.
; The script is built by installer/build_windows.ps1 and by .github/workflows/windows.yml on a
; Windows machine; nobody has compiled or run it on the development machine. It was reviewed
; against the Inno Setup documentation (jrsoftware.org/ishelp), topic by topic, as cited below.
;
; Build (Windows, Inno Setup 6.3 or newer; the version comes from pyproject.toml):
;     python installer\build.py                                   -> dist\WhistleDesk\
;     ISCC /DAppVersion=0.1.0 installer\whistle-desk.iss          -> dist\installer\WhistleDesk-0.1.0-setup.exe
; installer\build_windows.ps1 does both and passes the version.
;
; What it does:
; - per-machine install by default (Program Files, needs an administrator), or per-user without
;   administrator rights, chosen in a dialog or with /ALLUSERS or /CURRENTUSER;
; - a Start-menu shortcut and an optional desktop shortcut to the GUI (WhistleDesk.exe);
;   whistle-desk.exe (console) sits next to it for the command line and `whistle-desk selfcheck`;
; - upgrade in place: same AppId, same folder, running copies are closed first;
; - the uninstaller removes only the program. The user's data never lives in {app}: the database,
;   logs and crash reports are in %LOCALAPPDATA%\WhistleDesk\WhistleDesk\ and the window settings in
;   %LOCALAPPDATA%\WhistleDesk\whistle-desk.ini (platformdirs, see desk/paths.py; never the registry).
;   Nothing below deletes them.
;
; This file is UTF-8 with a BOM (Inno Setup 6.0–6.2 need the BOM for non-ASCII text; 6.3+ do not,
; ishelp topic_unicode).

#ifndef AppVersion
  #error AppVersion is not defined: compile with ISCC /DAppVersion=<version from pyproject.toml> (see installer\build_windows.ps1)
#endif
#ifndef BundleDir
  ; The PyInstaller onedir bundle (installer/whistle-desk.spec).
  #define BundleDir AddBackslash(SourcePath) + "..\dist\WhistleDesk"
#endif
#ifndef OutputDir
  #define OutputDir AddBackslash(SourcePath) + "..\dist\installer"
#endif

#define AppNameZh "吹哨报到工作台"
#define AppNameEn "Whistle Desk"
#define AppExe "WhistleDesk.exe"
#define CliExe "whistle-desk.exe"

; Simplified Chinese wizard texts. ChineseSimplified.isl was an unofficial, user-contributed
; translation (jrsoftware.org/files/istrans) for most of Inno Setup 6's life and is not in the
; Languages folder of older 6.x installs; issrc's Files/Languages/ChineseSimplified.isl says
; "Inno Setup version 6.5.0+", and Inno Setup's own setup.iss installs every file of
; Files\Languages\*.isl, so 6.5+ ships it. Use the compiler's copy when present, else a copy
; placed next to this script (installer\ChineseSimplified.isl, not committed: take it from
; jrsoftware.org/files/istrans/), else build an English-only installer and say so.
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
  #define ChineseIsl "compiler:Languages\ChineseSimplified.isl"
#elif FileExists(AddBackslash(SourcePath) + "ChineseSimplified.isl")
  #define ChineseIsl AddBackslash(SourcePath) + "ChineseSimplified.isl"
#else
  #pragma message "ChineseSimplified.isl not found: the installer's wizard will be English only (the app itself is still Chinese)"
#endif

[Setup]
; The identity of the application: never change it, or upgrades install a second copy next to the
; first (ishelp topic_setup_appid; the leading "{{" escapes the brace).
AppId={{E6CE7FDC-7F66-40D3-8857-4E47FA0D3C49}
AppName={#AppNameZh} {#AppNameEn}
AppVersion={#AppVersion}
AppVerName={#AppNameZh} {#AppNameEn} {#AppVersion}
AppPublisher={#AppNameEn}
AppCopyright={#AppNameEn}
VersionInfoProductName={#AppNameZh} {#AppNameEn}
VersionInfoProductTextVersion={#AppVersion}
VersionInfoDescription={#AppNameZh} {#AppNameEn} Setup

; Per-machine by default, per-user on request (topic_setup_privilegesrequired,
; topic_setup_privilegesrequiredoverridesallowed): "admin" runs Setup elevated in administrative
; install mode; "dialog" lets the user pick "install for me only" instead (non-administrative mode,
; no elevation) and also allows /ALLUSERS and /CURRENTUSER on the command line.
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
; An upgrade reuses the earlier mode without asking (topic_setup_usepreviousprivileges; default yes,
; allowed because AppId has no constants).
UsePreviousPrivileges=yes

; {autopf} is Program Files in administrative mode and %LOCALAPPDATA%\Programs in per-user mode
; (ishelp topic_consts, "Auto constants"). An upgrade reuses the earlier folder
; (topic_setup_usepreviousappdir, default yes; topic_setup_defaultdirname).
DefaultDirName={autopf}\WhistleDesk
UsePreviousAppDir=yes
DisableProgramGroupPage=yes

; The bundle is 64-bit Python and Qt (topic_setup_architecturesinstallin64bitmode; the identifier
; x64compatible needs Inno Setup 6.3+). PySide6 6.x needs Windows 10 or newer.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0

; Upgrade in place while the app may be running: Restart Manager finds processes holding files
; that [Files] or [InstallDelete] will replace and offers to close them (topic_setup_closeapplications;
; "yes" asks, "force" would not). The filter adds Python's .pyd modules to the default
; *.exe,*.dll,*.chm (topic_setup_closeapplicationsfilter). The app does not register with
; RegisterApplicationRestart, so Setup could not restart it anyway (topic_setup_restartapplications).
CloseApplications=yes
CloseApplicationsFilter=*.exe,*.dll,*.pyd
RestartApplications=no
SetupMutex=WhistleDeskSetupMutex

SetupIconFile=..\resources\app\whistle-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppNameZh} {#AppNameEn}
WizardStyle=modern
ShowLanguageDialog=auto
OutputDir={#OutputDir}
OutputBaseFilename=WhistleDesk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes

[Languages]
; Setup picks the language matching the user's Windows UI language, else the first one listed
; (ishelp topic_languagessection).
Name: "english"; MessagesFile: "compiler:Default.isl"
#ifdef ChineseIsl
Name: "chinesesimplified"; MessagesFile: "{#ChineseIsl}"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; Upgrades: drop the previous bundle's libraries first, so that a module or Qt plugin the new
; version no longer has cannot shadow or break it. Program files only (user data is elsewhere).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; {autoprograms}/{autodesktop} follow the install mode: all users' or this user's Start menu and desktop.
Name: "{autoprograms}\{#AppNameZh}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "{#AppNameEn}"
Name: "{autodesktop}\{#AppNameZh}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "{#AppNameEn}"; Tasks: desktopicon

[Run]
; A postinstall entry runs as the user who started Setup, not as the elevated administrator
; (topic_runsection: runasoriginaluser is the default with postinstall).
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppNameZh}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; The uninstaller already removes what [Files] installed (topic_uninstalldeletesection). These
; are the only extra entries, all inside {app}: bytecode caches Python may write next to the
; migration scripts. There is deliberately NO entry for {localappdata}, {userappdata} or the
; registry: the user's database, settings and logs survive an uninstall.
Type: filesandordirs; Name: "{app}\_internal\models\migrations\__pycache__"
Type: filesandordirs; Name: "{app}\_internal\models\migrations\versions\__pycache__"
Type: dirifempty; Name: "{app}"
