; Inno Setup script of the Windows installer (packaging/README.md, "Windows").
;
;   iscc /DAppVersion=0.1.0 packaging\windows\vpi-groups.iss
;
; Packs the PyInstaller folder dist\vpi-groups\ (built on Windows from
; packaging\vpi-groups.spec) into dist\vpi-groups-VERSION-windows-setup.exe.
;
; Per user, without administrator rights: the program goes to
; %LOCALAPPDATA%\Programs\VPI Groups, the Start-menu entry to the user's own menu.
; The vault is not the program's: it lives in the user's data folder
; (%LOCALAPPDATA%\vpi-groups\vault, src/vpi_groups/locations.py), which this installer
; never writes and its uninstaller never removes (an uninstaller removes only the files
; it installed; nothing is listed under [UninstallDelete]).

#ifndef AppVersion
  #error Give the version: iscc /DAppVersion=X.Y.Z (vpi-groups --version)
#endif

#define AppName "VPI Groups"
#define AppExe "VPI Groups.exe"

[Setup]
; The id that ties upgrades and the uninstaller together: never change it.
AppId={{6F2B8C1E-3D4A-4E7B-9C15-2A8D0F5E7B31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
; With PrivilegesRequired=lowest, {autopf} is %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
OutputDir=..\..\dist
OutputBaseFilename=vpi-groups-{#AppVersion}-windows-setup
SetupIconFile=vpi-groups.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern
ShowLanguageDialog=auto
; An upgrade closes the running program first, so that its files can be replaced.
CloseApplications=yes

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
french.VaultKept=Vos données (le coffre chiffré) restent dans %1 : la désinstallation n'y touche pas. Supprimez ce dossier vous-même si vous ne voulez plus les garder.
english.VaultKept=Your data (the encrypted vault) stay in %1: uninstalling never touches them. Delete that folder yourself if you no longer want to keep them.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\vpi-groups\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the program's own folder of libraries, never anything else.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox(FmtMessage(CustomMessage('VaultKept'), [ExpandConstant('{localappdata}\vpi-groups')]),
      mbInformation, MB_OK);
end;
