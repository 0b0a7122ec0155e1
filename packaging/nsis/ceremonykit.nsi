; CeremonyKit – Einrichtung für einen Benutzer, ohne Administratorrechte (NSIS 3, MUI2, deutsch).
;
; Installs to %LOCALAPPDATA%\Programs\CeremonyKit, registers the uninstaller, the Start-menu
; shortcut and the .ceremony file association under HKCU only. Builds with makensis on Windows
; and on Linux (Debian package "nsis"). Defines (makensis /D...):
;   VERSION   version of the build as shown to users, e.g. 1.2.0, 1.2.0rc1, 0.1.0+ci57
;   FILEVERSION  its four numeric fields, e.g. 1.2.0.40000 (packaging/payload.py version --numeric)
;   PAYLOAD   the PyInstaller folder dist\CeremonyKit (CeremonyKit.exe and _internal\)
;   OUTFILE   the setup to write, e.g. CeremonyKit-1.2.0-Setup.exe
;   ICON      the .ico file
;   NOCOMPRESS  (optional) store files uncompressed – for the quick compile check on Linux
; The installation folder is fixed (no directory page). The uninstaller removes only what this
; setup put there (the two programs, the PyInstaller folder _internal, itself) and the folder
; itself only when it is empty afterwards: anything a user saved there survives.
;
; Refuses to install when IT has installed CeremonyKit for the whole machine (the MSI's marker
; HKLM\Software\Stadt Dortmund\CeremonyKit, value MachineInstallLocation) – a per-user copy
; would take over the .ceremony association and keep opening projects with an older version.
; Both setup and uninstaller refuse to replace files while CeremonyKit runs from this folder.
; Exit codes of a silent run (/S): 0 done, 2 cancelled, 10 machine-wide installation present,
; 11 CeremonyKit is running.

Unicode True
ManifestDPIAware true
RequestExecutionLevel user
!ifdef NOCOMPRESS
  SetCompress off
!else
  SetCompressor /SOLID lzma
!endif

!ifndef VERSION
  !error "VERSION fehlt: makensis /DVERSION=1.2.0 ..."
!endif
!ifndef FILEVERSION
  !error "FILEVERSION fehlt: makensis /DFILEVERSION=1.2.0.40000 ..."
!endif
!ifndef PAYLOAD
  !error "PAYLOAD fehlt: makensis /DPAYLOAD=dist\CeremonyKit ..."
!endif
!ifndef OUTFILE
  !define OUTFILE "CeremonyKit-${VERSION}-Setup.exe"
!endif

!define APP "CeremonyKit"
!define COMPANY "Stadt Dortmund"
!define EXE "CeremonyKit.exe"
!define CLI "ceremonykit-cli.exe"
!define MACHINE_KEY "Software\Stadt Dortmund\CeremonyKit"
!define PROGID "CeremonyKit.Projekt"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\CeremonyKit"
!define SETTINGS_KEY "Software\Stadt Dortmund\CeremonyKit\Benutzerinstallation"

!include "MUI2.nsh"
!include "FileFunc.nsh"

Name "${APP}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
BrandingText "${APP} ${VERSION} – ${COMPANY}"
VIProductVersion "${FILEVERSION}"
VIAddVersionKey /LANG=1031 "ProductName" "${APP}"
VIAddVersionKey /LANG=1031 "CompanyName" "${COMPANY}"
VIAddVersionKey /LANG=1031 "FileDescription" "${APP} – Einrichtung für einen Benutzer"
VIAddVersionKey /LANG=1031 "FileVersion" "${FILEVERSION}"
VIAddVersionKey /LANG=1031 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1031 "LegalCopyright" "© ${COMPANY}"

!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_ABORTWARNING
!define MUI_WELCOMEPAGE_TITLE "Willkommen bei ${APP} ${VERSION}"
!define MUI_WELCOMEPAGE_TEXT "Dieser Assistent richtet ${APP} für Ihr Benutzerkonto ein. Administratorrechte sind nicht nötig.$\r$\n$\r$\nEine ältere Version wird dabei ersetzt; Ihre Projektdateien bleiben unverändert.$\r$\n$\r$\nBitte schließen Sie ${APP}, falls es geöffnet ist, und klicken Sie auf „Weiter“."
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "${APP} jetzt starten"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "German"

; A program that runs cannot be opened for writing (Windows maps its image): that tells, for
; every user and session, whether CeremonyKit is running from this folder.
!macro CHECK_NOT_RUNNING UN
Function ${UN}CheckNotRunning
  retry:
  StrCpy $1 ""
  IfFileExists "$INSTDIR\${EXE}" 0 check_cli
    ClearErrors
    FileOpen $0 "$INSTDIR\${EXE}" a
    IfErrors gui_in_use
    FileClose $0
    Goto check_cli
  gui_in_use:
    StrCpy $1 "${EXE}"
  check_cli:
  IfFileExists "$INSTDIR\${CLI}" 0 checked
    ClearErrors
    FileOpen $0 "$INSTDIR\${CLI}" a
    IfErrors cli_in_use
    FileClose $0
    Goto checked
  cli_in_use:
    StrCpy $1 "${CLI}"
  checked:
  StrCmp $1 "" done
  MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "${APP} läuft noch ($1).$\r$\n$\r$\nBitte speichern Sie Ihre Arbeit, schließen Sie ${APP} und klicken Sie auf „Wiederholen“." /SD IDCANCEL IDRETRY retry
  SetErrorLevel 11
  Quit
  done:
FunctionEnd
!macroend
!insertmacro CHECK_NOT_RUNNING ""
!insertmacro CHECK_NOT_RUNNING "un."

Function .onInit
  ; the per-machine MSI (64-bit registry view) marks its installation for the whole machine
  SetRegView 64
  ReadRegStr $0 HKLM "${MACHINE_KEY}" "MachineInstallLocation"
  SetRegView lastused
  StrCmp $0 "" +4
    MessageBox MB_OK|MB_ICONINFORMATION "${APP} ist auf diesem Computer bereits für alle Benutzer installiert ($0).$\r$\n$\r$\nEine zusätzliche Einrichtung nur für Sie ist nicht nötig: Updates verteilt Ihre IT. Bitte starten Sie ${APP} über das Startmenü." /SD IDOK
    SetErrorLevel 10
    Quit
  Call CheckNotRunning
FunctionEnd

Function un.onInit
  Call un.CheckNotRunning
FunctionEnd

Section "${APP}" SecMain
  SectionIn RO
  SetShellVarContext current
  ; Files of an older version must not linger: the PyInstaller folder is the setup's own and is
  ; replaced as a whole; nothing else in the installation folder is touched.
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${PAYLOAD}\*.*"
  WriteUninstaller "$INSTDIR\Deinstallieren.exe"

  ; the shortcut's working folder is the user's Documents, never the program folder
  SetOutPath "$DOCUMENTS"
  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
  SetOutPath "$INSTDIR"

  ; .ceremony files open in CeremonyKit (this user only)
  WriteRegStr HKCU "Software\Classes\.ceremony" "" "${PROGID}"
  WriteRegStr HKCU "Software\Classes\.ceremony" "Content Type" "application/x-ceremonykit"
  WriteRegStr HKCU "Software\Classes\${PROGID}" "" "CeremonyKit-Projekt"
  WriteRegStr HKCU "Software\Classes\${PROGID}\DefaultIcon" "" '"$INSTDIR\${EXE}",0'
  WriteRegStr HKCU "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\${EXE}" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  ; entry in "Apps & Features" for this user
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${COMPANY}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" '"$INSTDIR\${EXE}",0'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\Deinstallieren.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\Deinstallieren.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0
  WriteRegStr HKCU "${SETTINGS_KEY}" "InstallLocation" "$INSTDIR"
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\${APP}.lnk"
  ; only remove the association if it still points to this installation
  ReadRegStr $0 HKCU "Software\Classes\.ceremony" ""
  StrCmp $0 "${PROGID}" 0 +2
    DeleteRegKey HKCU "Software\Classes\.ceremony"
  DeleteRegKey HKCU "Software\Classes\${PROGID}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "${SETTINGS_KEY}"
  DeleteRegKey /ifempty HKCU "Software\Stadt Dortmund\CeremonyKit"
  DeleteRegKey /ifempty HKCU "Software\Stadt Dortmund"
  ; only this setup's own files: projects or documents a user saved here stay
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\${CLI}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\Deinstallieren.exe"
  RMDir "$INSTDIR"
SectionEnd
