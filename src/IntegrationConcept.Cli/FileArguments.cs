using System.CommandLine;

namespace IntegrationConcept.Cli;

/// <summary>Arguments that name files: a token that looks like an option (<c>--strict</c>) is a usage error, not a file that does not exist.</summary>
internal static class FileArguments
{
    public static Argument<T> RejectOptions<T>(this Argument<T> argument)
    {
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-')
                {
                    result.AddError($"Unknown option '{token.Value}'. (A file whose name starts with '-' is written as ./{token.Value}.)");
                }
            }
        });
        return argument;
    }
}
