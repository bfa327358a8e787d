namespace QrTerminal.Cli;

/// <summary>`qrterminal simulate`. Not built yet: its issue adds it.</summary>
public static class SimulateCommand
{
    public static int Run(string[] args)
    {
        Console.Error.WriteLine("qrterminal: this command is coming (see the open issues).");
        return 2;
    }
}
