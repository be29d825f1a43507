@echo off
rem Runs ecosite on Windows, as bin/ecosite does elsewhere: lib\ecosite.jar of the distribution
rem (or target\ecosite.jar in the source tree) with the JVM settings that suit each command.
rem A build or check runs for seconds and exits: the quick compiler alone and the serial collector.
rem The preview runs for hours and keeps the JVM defaults. ECOSITE_JAVA_OPTS adds JVM options.
rem Java is JAVA_HOME\bin\java.exe when JAVA_HOME is set, else the java found on PATH.
setlocal
set "here=%~dp0.."
set "jar=%ECOSITE_JAR%"
if not defined ECOSITE_JAR set "jar=%here%\lib\ecosite.jar"
if not defined ECOSITE_JAR if not exist "%jar%" set "jar=%here%\target\ecosite.jar"
if exist "%jar%" goto run
echo ecosite: %jar% is missing; build it with: mvn -q -DskipTests package 1>&2
exit /b 2
:run
set "java=java"
if defined JAVA_HOME set "java=%JAVA_HOME%\bin\java.exe"
set "quick=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
if /i "%~1"=="serve" set "quick="
"%java%" %quick% %ECOSITE_JAVA_OPTS% -jar "%jar%" %*
exit /b %ERRORLEVEL%
