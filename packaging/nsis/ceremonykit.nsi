; CeremonyKit – Einrichtung für einen Benutzer, ohne Administratorrechte (NSIS 3, MUI2, deutsch).
;
; Installs to %LOCALAPPDATA%\Programs\CeremonyKit, registers the uninstaller, the Start-menu
; shortcut and the .ceremony file association under HKCU only. Builds with makensis on Windows
; and on Linux (Debian package "nsis"). Defines (makensis /D...):
;   VERSION   package version, e.g. 1.2.0
;   PAYLOAD   the PyInstaller folder dist\CeremonyKit (CeremonyKit.exe and _internal\)
;   OUTFILE   the setup to write, e.g. CeremonyKit-1.2.0-Setup.exe
;   ICON      the .ico file
;   NOCOMPRESS  (optional) store files uncompressed – for the quick compile check on Linux
; The installation folder is fixed (no directory page) because the uninstaller removes it whole.

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
!ifndef PAYLOAD
  !error "PAYLOAD fehlt: makensis /DPAYLOAD=dist\CeremonyKit ..."
!endif
!ifndef OUTFILE
  !define OUTFILE "CeremonyKit-${VERSION}-Setup.exe"
!endif

!define APP "CeremonyKit"
!define COMPANY "Stadt Dortmund"
!define EXE "CeremonyKit.exe"
!define PROGID "CeremonyKit.Projekt"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\CeremonyKit"
!define SETTINGS_KEY "Software\Stadt Dortmund\CeremonyKit\Benutzerinstallation"

!include "MUI2.nsh"
!include "FileFunc.nsh"

Name "${APP}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
BrandingText "${APP} ${VERSION} – ${COMPANY}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1031 "ProductName" "${APP}"
VIAddVersionKey /LANG=1031 "CompanyName" "${COMPANY}"
VIAddVersionKey /LANG=1031 "FileDescription" "${APP} – Einrichtung für einen Benutzer"
VIAddVersionKey /LANG=1031 "FileVersion" "${VERSION}"
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

Section "${APP}" SecMain
  SectionIn RO
  SetShellVarContext current
  ; Files of an older version must not linger: the program folder is replaced as a whole.
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${PAYLOAD}\*.*"
  WriteUninstaller "$INSTDIR\Deinstallieren.exe"

  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0

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
  RMDir /r "$INSTDIR"
SectionEnd
