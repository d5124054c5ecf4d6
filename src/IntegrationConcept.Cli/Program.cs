using System;
using System.Globalization;
using System.Text;
using IntegrationConcept.Cli;

// The help texts and parser messages are English whatever the machine's language, so that output in logs and
// docs stays the same; reports and messages follow --lang.
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return ToolRunner.Run(args, ToolConsole.FromSystem());
