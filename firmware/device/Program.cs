using System;
using System.Device.Gpio;
using System.Diagnostics;
using System.Threading;
using nanoFramework.Runtime.Native;
using QrTerminal.Core;

namespace QrTerminal.Device
{
    /// <summary>
    /// Device entry point: reads the config, sets up pins, display, Wi-Fi and HTTPS, then runs the portable
    /// <see cref="Stand"/> state machine forever. Everything that can be decided without hardware lives in the core.
    /// </summary>
    public class Program
    {
        /// <summary>Panel tried for the Setup screen when the config itself is unusable (the most common stand build).</summary>
        private const string FallbackPanelId = "ssd1306";

        /// <summary>Unexpected exceptions out of the loop in a row before the device reboots itself.</summary>
        private const int MaxConsecutiveCrashes = 5;

        public static void Main()
        {
            Debug.WriteLine("QrTerminal " + DeviceServices.Version + " starting, free heap " + nanoFramework.Runtime.Native.GC.Run(true).ToString());

            StandConfig config;
            try
            {
                config = ConfigFile.Load(ConfigFile.DefaultPath);
            }
            catch (ConfigException e)
            {
                // No usable config: say which field is wrong and wait for a technician (a redeploy reboots us).
                Debug.WriteLine("config: " + e.Message);
                PanelConfig fallbackPanel = new PanelConfig();
                fallbackPanel.Id = FallbackPanelId;
                PinSetup.Apply(fallbackPanel);
                CreateDisplay(fallbackPanel).Show(Stand.SetupScreen(e, string.Empty));
                Thread.Sleep(Timeout.Infinite);
                return;
            }

            PinSetup.Apply(config.Panel);
            GpioController gpio = new GpioController();
            IStandDisplay display = CreateDisplay(config.Panel);
            IInvoiceVerifier verifier = CreateVerifier(config);
            Stand stand = new Stand(config, new HttpTransport(config), display, new DeviceClock(), new DeviceRandom(),
                new WifiLink(config), verifier, new DeviceServices(config, gpio));

            int crashes = 0;
            while (true)
            {
                try
                {
                    int sleepMs = stand.Step();
                    crashes = 0;
                    if (sleepMs > 0)
                    {
                        Thread.Sleep(sleepMs);
                    }
                }
                catch (Exception e)
                {
                    // Step() survives every gateway, network and panel fault; landing here means a bug or an
                    // out-of-memory. Retry a few times, then start clean.
                    crashes++;
                    Debug.WriteLine("stand loop: " + e.Message);
                    if (crashes >= MaxConsecutiveCrashes)
                    {
                        Power.RebootDevice();
                    }

                    Thread.Sleep(1000);
                }
            }
        }

        /// <summary>
        /// The configured panel. Should it fail to start (unknown id, nothing on the bus), the screens go to the debug
        /// log so the stand keeps running and reporting; a technician sees the error in the serial output.
        /// </summary>
        private static IStandDisplay CreateDisplay(PanelConfig panel)
        {
            try
            {
                return DisplayFactory.Create(panel);
            }
            catch (Exception e)
            {
                Debug.WriteLine("display: " + e.Message);
                return new LogStandDisplay();
            }
        }

        /// <summary>
        /// The VietQR policy from the config's allowlist. Should it refuse the allowlist (the config check is stricter,
        /// so this is a safety net), every invoice is rejected: a stand never shows a QR it has not verified.
        /// </summary>
        private static IInvoiceVerifier CreateVerifier(StandConfig config)
        {
            try
            {
                return VietQrInvoiceVerifier.FromConfig(config);
            }
            catch (Exception e)
            {
                Debug.WriteLine("policy: " + e.Message);
                return new RejectAllVerifier();
            }
        }
    }
}
