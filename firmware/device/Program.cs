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
                PinSetup.Apply(fallbackPanel);
                CreateDisplay(null).Show(Stand.SetupScreen(e, string.Empty));
                Thread.Sleep(Timeout.Infinite);
                return;
            }

            PinSetup.Apply(config.Panel);
            GpioController gpio = new GpioController();
            IStandDisplay display = CreateDisplay(config);
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
        /// DISPLAY WIRING POINT: build the configured panel here (display helper's factory, e.g.
        /// <c>DisplayFactory.Create(config.Panel)</c>). Until it exists, and whenever the panel cannot be created,
        /// the screens go to the debug log so the stand keeps running.
        /// </summary>
        private static IStandDisplay CreateDisplay(StandConfig config)
        {
            return new LogStandDisplay();
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
