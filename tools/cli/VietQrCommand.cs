namespace QrTerminal.Cli;

/// <summary>`qrterminal vietqr`. Not built yet: its issue adds it.</summary>
public static class VietQrCommand
{
    public static int Run(string[] args)
    {
        Console.Error.WriteLine("qrterminal: this command is coming (see the open issues).");
        return 2;
    }
}
