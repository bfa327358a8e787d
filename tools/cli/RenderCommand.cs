namespace QrTerminal.Cli;

/// <summary>`qrterminal render`. Not built yet: its issue adds it.</summary>
public static class RenderCommand
{
    public static int Run(string[] args)
    {
        Console.Error.WriteLine("qrterminal: this command is coming (see the open issues).");
        return 2;
    }
}
