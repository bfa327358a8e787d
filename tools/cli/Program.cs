namespace QrTerminal.Cli;

/// <summary>Entry point of `qrterminal`: dispatches to one command class per subcommand.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        if (args.Length == 0 || (args[0].StartsWith("--", StringComparison.Ordinal) && args[0] != "--help"))
        {
            // `qrterminal --panel epd42` is the demo with options.
            return DemoCommand.Run(args);
        }
        string[] rest = args[1..];
        switch (args[0])
        {
            case "encode": return EncodeCommand.Run(rest);
            case "vietqr": return VietQrCommand.Run(rest);
            case "render": return RenderCommand.Run(rest);
            case "gateway": return GatewayCommand.Run(rest);
            case "simulate": return SimulateCommand.Run(rest);
            case "soak": return SoakCommand.Run(rest);
            case "demo": return DemoCommand.Run(rest);
            case "-h":
            case "--help":
            case "help":
                Console.WriteLine(Usage);
                return 0;
            default:
                Console.Error.WriteLine($"qrterminal: unknown command '{args[0]}'.");
                Console.Error.WriteLine(Usage);
                return 2;
        }
    }

    public const string Usage = """
        usage: qrterminal [command] [options]
          (no command)   run the end-to-end demo: gateway + simulated stand + bank payment
          encode         encode text as a QR Code (terminal, PNG or JSON)
          vietqr         build or check a VietQR payload
          render         render a stand screen for a panel as PNG
          gateway        run the dev terminal gateway
          simulate       run a simulated stand against a gateway
          soak           drive simulated stands through many invoices with faults
        """;
}
