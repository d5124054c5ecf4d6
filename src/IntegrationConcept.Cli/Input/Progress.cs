using System.Globalization;

namespace IntegrationConcept.Cli.Input;

/// <summary>
/// "[12/40] file.json" on standard error while many files are read, only when standard error is a terminal:
/// a pipeline's logs stay free of it.
/// </summary>
internal sealed class Progress
{
    /// <summary>From how many files on progress is shown.</summary>
    public const int Threshold = 10;

    private readonly ToolConsole _console;
    private readonly int _total;
    private readonly bool _shown;
    private int _done;
    private int _width;

    public Progress(ToolConsole console, int total)
    {
        _console = console;
        _total = total;
        _shown = console.IsErrorTerminal && total >= Threshold;
    }

    public void Next(string file)
    {
        _done++;
        if (!_shown)
        {
            return;
        }

        var line = string.Create(CultureInfo.InvariantCulture, $"[{_done}/{_total}] {file}");
        _console.Error.Write("\r" + line.PadRight(_width));
        _width = line.Length;
    }

    public void Done()
    {
        if (_shown && _width > 0)
        {
            _console.Error.Write("\r" + new string(' ', _width) + "\r");
            _width = 0;
        }
    }
}
