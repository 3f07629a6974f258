@rem Runs the impact command line tool from its distribution (bin\, lib\) on Windows: with the Java of
@rem JAVA_HOME, else the java on the PATH (17 or later). Works from any folder. JAVA_OPTS is passed to
@rem java, e.g. set JAVA_OPTS=-Xmx2g for very large inputs. Written after Gradle's and Maven's scripts.
@if "%DEBUG%"=="" @echo off
setlocal

set "APP_HOME=%~dp0.."
for %%i in ("%APP_HOME%") do set "APP_HOME=%%~fi"

if defined JAVA_HOME goto javaFromJavaHome

set JAVA_EXE=java.exe
%JAVA_EXE% -version >NUL 2>&1
if %ERRORLEVEL% equ 0 goto execute
echo impact: no java on the PATH and JAVA_HOME is not set; install Java 17 or later 1>&2
set EXIT_CODE=3
goto end

:javaFromJavaHome
set "JAVA_HOME=%JAVA_HOME:"=%"
set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if exist "%JAVA_EXE%" goto execute
echo impact: JAVA_HOME is set to %JAVA_HOME%, which holds no bin\java.exe; set it to a Java 17 (or later) installation 1>&2
set EXIT_CODE=3
goto end

:execute
@rem impact writes UTF-8 (the pound sign, dashes); the console shows it as such only in code page 65001,
@rem so switch to it for the run and back afterwards.
set OLD_CODE_PAGE=
for /f "tokens=2 delims=:." %%c in ('chcp') do set /a OLD_CODE_PAGE=%%c 2>NUL
chcp 65001 >NUL 2>&1
"%JAVA_EXE%" %JAVA_OPTS% -cp "%APP_HOME%\lib\*" org.impactkit.cli.Main %*
set EXIT_CODE=%ERRORLEVEL%
if defined OLD_CODE_PAGE chcp %OLD_CODE_PAGE% >NUL 2>&1

:end
endlocal & exit /b %EXIT_CODE%
