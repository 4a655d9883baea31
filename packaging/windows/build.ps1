<#
.SYNOPSIS
  Builds dist\HuntingConsole-<version>-x64.msi: PyInstaller one-folder build, optional
  signing, then WiX v5 (pinned below) from packaging\windows\hunting-console.wxs.

.DESCRIPTION
  Run from any folder, on Windows x64, with the project installed in the active Python
  (pip install --require-hashes -r requirements\lock.txt; pip install --no-deps .) and
  PyInstaller (in the same lock), and the .NET SDK (for the `wix` tool):

      pwsh packaging\windows\build.ps1                 # build, unsigned
      pwsh packaging\windows\build.ps1 -SkipPyInstaller  # reuse dist\hunting-console\

  Signing (packaging\SIGNING.md) happens only when HC_SIGN_CERT_SHA1 names the thumbprint of
  the desk's code-signing certificate, already in the certificate store (CI imports it from
  its secret store first; nothing secret is in this repository):
      HC_SIGN_CERT_SHA1       thumbprint (SHA-1) of the certificate in Cert:\*\My
      HC_SIGN_TIMESTAMP_URL   RFC 3161 timestamp server (default: DigiCert's; use your CA's)
  The executables and libraries inside the PyInstaller folder are signed first (before WiX
  packs them), the .msi last.

  The version: console\VERSION (one line, e.g. 0.1.0) is the single source. An MSI
  ProductVersion is MAJOR.MINOR.BUILD, numbers only, major and minor at most 255, build at
  most 65535 (Windows Installer, ProductVersion property). The rule below takes the release
  numbers at the start of the version (PEP 440: 0.2.0rc1 -> 0.2.0, 1.4 -> 1.4.0) and refuses a
  version out of those ranges. tests/packaging mirrors this rule and checks console\VERSION.
#>
[CmdletBinding()]
param(
    [switch]$SkipPyInstaller,
    [string]$Manufacturer = 'Hunting Console',
    # Another version than console\VERSION's: CI builds a lower one from the same folder to
    # upgrade from (the MSI's ProductVersion decides an upgrade, not the app's own).
    [string]$Version = ''
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

# The WiX Toolset release this recipe is written for (the .wxs uses v5's Files element).
$WixVersion = '5.0.2'

$Root = (Resolve-Path (Join-Path $PSScriptRoot '..\..')).Path
$VersionFile = Join-Path $Root 'console\VERSION'
$Wxs = Join-Path $PSScriptRoot 'hunting-console.wxs'
$AppFolder = Join-Path $Root 'dist\hunting-console'
$ToolFolder = Join-Path $Root 'build\wix-tool'

# -- the version ------------------------------------------------------------------------------

# Release numbers at the start of a PEP 440 version; the rest (rc1, .dev3, +local) is dropped.
$VersionPattern = '^(?<major>\d+)\.(?<minor>\d+)(?:\.(?<build>\d+))?'
$MsiLimits = @{ major = 255; minor = 255; build = 65535 }

function ConvertTo-MsiVersion([string]$Version) {
    $m = [regex]::Match($Version.Trim(), $VersionPattern)
    if (-not $m.Success) {
        throw "console\VERSION holds '$Version', which does not start with MAJOR.MINOR"
    }
    $parts = [ordered]@{}
    foreach ($name in 'major', 'minor', 'build') {
        $text = $m.Groups[$name].Value
        $number = if ($text) { [int64]$text } else { 0 }
        if ($number -gt $MsiLimits[$name]) {
            throw "console\VERSION '$Version': $name $number is over the MSI limit $($MsiLimits[$name])"
        }
        $parts[$name] = $number
    }
    if ($m.Length -lt $Version.Trim().Length) {
        Write-Warning "MSI versions are numbers only: '$Version' is packaged as $($parts.Values -join '.')"
    }
    return ($parts.Values -join '.')
}

if (-not $Version) { $Version = (Get-Content -Raw -Encoding utf8 $VersionFile).Trim() }
$MsiVersion = ConvertTo-MsiVersion $Version
$Msi = Join-Path $Root "dist\HuntingConsole-$Version-x64.msi"
Write-Host "Hunting Console $Version (MSI ProductVersion $MsiVersion)"

# -- signing (only with the desk's certificate named) -------------------------------------------

$Thumbprint = $env:HC_SIGN_CERT_SHA1
$TimestampUrl = if ($env:HC_SIGN_TIMESTAMP_URL) { $env:HC_SIGN_TIMESTAMP_URL } else { 'http://timestamp.digicert.com' }

function Find-SignTool {
    $onPath = Get-Command signtool.exe -ErrorAction SilentlyContinue
    if ($onPath) { return $onPath.Source }
    $kits = Join-Path ${env:ProgramFiles(x86)} 'Windows Kits\10\bin'
    $found = Get-ChildItem -Path $kits -Filter signtool.exe -Recurse -ErrorAction SilentlyContinue |
        Where-Object { $_.Directory.Name -eq 'x64' } | Sort-Object FullName | Select-Object -Last 1
    if (-not $found) { throw 'signtool.exe not found: install the Windows SDK signing tools' }
    return $found.FullName
}

function Invoke-Sign([string[]]$Paths) {
    if (-not $Thumbprint -or -not $Paths) { return }
    $signtool = Find-SignTool
    # /fd and /td sha256: SHA-256 file digest and timestamp; /tr: RFC 3161 timestamp, so the
    # signature stays valid after the certificate expires. /sm would pick the machine store.
    & $signtool sign /sha1 $Thumbprint /fd sha256 /tr $TimestampUrl /td sha256 /d 'Hunting Console' @Paths
    if ($LASTEXITCODE -ne 0) { throw "signtool sign failed ($LASTEXITCODE)" }
    & $signtool verify /pa /q @Paths
    if ($LASTEXITCODE -ne 0) { throw "signtool verify failed ($LASTEXITCODE)" }
}

# -- 1. the PyInstaller folder ------------------------------------------------------------------

Push-Location $Root
try {
    if (-not $SkipPyInstaller) {
        python -m PyInstaller --noconfirm --clean packaging\hunting-console.spec
        if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed ($LASTEXITCODE)" }
    }
    if (-not (Test-Path (Join-Path $AppFolder 'hunting-console.exe'))) {
        throw "$AppFolder\hunting-console.exe is missing: build it with packaging\hunting-console.spec"
    }

    # -- 2. sign what is inside, before WiX packs it ---------------------------------------------
    # Ours (the PyInstaller bootloader exe) and every other PE file nobody signed (extension
    # modules, bundled libraries); vendors' signatures (python3*.dll, Qt) are left as they are.
    if ($Thumbprint) {
        $unsigned = Get-ChildItem -Path $AppFolder -Recurse -Include *.exe, *.dll, *.pyd |
            Where-Object { (Get-AuthenticodeSignature $_.FullName).Status -eq 'NotSigned' } |
            ForEach-Object { $_.FullName }
        Write-Host "Signing $(@($unsigned).Count) files in $AppFolder"
        # signtool takes many files at once; batches keep the command line short.
        $unsigned = @($unsigned)
        for ($i = 0; $i -lt $unsigned.Count; $i += 50) {
            $batch = $unsigned[$i..([Math]::Min($i + 49, $unsigned.Count - 1))]
            Invoke-Sign -Paths $batch
        }
    }

    # -- 3. WiX, pinned ---------------------------------------------------------------------------
    $wix = Join-Path $ToolFolder 'wix.exe'
    $installed = if (Test-Path $wix) { (& $wix --version) -replace '\+.*$', '' } else { '' }
    if ($installed -ne $WixVersion) {
        # A tool folder of its own (under build\, ignored by git): no global install to drift.
        if (Test-Path $ToolFolder) { Remove-Item -Recurse -Force $ToolFolder }
        dotnet tool install wix --version $WixVersion --tool-path $ToolFolder
        if ($LASTEXITCODE -ne 0) { throw "installing WiX $WixVersion failed ($LASTEXITCODE)" }
    }

    New-Item -ItemType Directory -Force -Path (Split-Path $Msi) | Out-Null
    & $wix build -arch x64 `
        -d "ProductVersion=$MsiVersion" `
        -d "Manufacturer=$Manufacturer" `
        -bindpath "App=$AppFolder" `
        -o $Msi `
        $Wxs
    if ($LASTEXITCODE -ne 0) { throw "wix build failed ($LASTEXITCODE)" }

    # -- 4. sign the package itself -----------------------------------------------------------------
    Invoke-Sign -Paths @($Msi)
}
finally {
    Pop-Location
}

Write-Host "Built $Msi"
