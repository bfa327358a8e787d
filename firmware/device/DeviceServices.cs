using System.Device.Gpio;
using System.Diagnostics;
using System.Threading;
using nanoFramework.Runtime.Native;
using QrTerminal.Core;

namespace QrTerminal.Device
{
    /// <summary>Heap figures, the paid buzzer/LED and the watchdog reboot.</summary>
    internal sealed class DeviceServices : IDeviceServices
    {
        /// <summary>Firmware version reported in boot events.</summary>
        public const string Version = "1.0.0";

        private const int BeepMs = 150;

        private readonly GpioPin _buzzer;
        private readonly GpioPin _led;

        public DeviceServices(StandConfig config, GpioController gpio)
        {
            _buzzer = OpenOutput(gpio, config.BuzzerPin);
            _led = OpenOutput(gpio, config.LedPin);
        }

        public string FirmwareVersion
        {
            get { return Version; }
        }

        public long FreeHeapBytes()
        {
            // Collects first, so the figure is the real headroom (and the stand's telemetry trends it).
            return GC.Run(false);
        }

        public void SignalPaid()
        {
            if (_led != null)
            {
                _led.Write(PinValue.High);
            }

            if (_buzzer != null)
            {
                _buzzer.Write(PinValue.High);
                Thread.Sleep(BeepMs);
                _buzzer.Write(PinValue.Low);
                Thread.Sleep(BeepMs);
                _buzzer.Write(PinValue.High);
                Thread.Sleep(BeepMs);
                _buzzer.Write(PinValue.Low);
            }

            // A short flash: the screen carries the lasting confirmation.
            if (_led != null)
            {
                Thread.Sleep(BeepMs);
                _led.Write(PinValue.Low);
            }
        }

        public void Reboot(string reason)
        {
            Debug.WriteLine("watchdog reboot: " + reason);
            Power.RebootDevice();
        }

        private static GpioPin OpenOutput(GpioController gpio, int pin)
        {
            if (pin < 0)
            {
                return null;
            }

            GpioPin p = gpio.OpenPin(pin, PinMode.Output);
            p.Write(PinValue.Low);
            return p;
        }
    }
}
