using System.Threading;

namespace QrTerminal.Device
{
    /// <summary>Device entry point. Wires the portable core to nanoFramework hardware and network.</summary>
    public class Program
    {
        public static void Main()
        {
            Thread.Sleep(Timeout.Infinite);
        }
    }
}
