// Reference declarations for nfcheck: nanoFramework.System.Device.Gpio 1.1.62 (assembly System.Device.Gpio).
// Signatures from nanoframework/System.Device.Gpio:System.Device.Gpio/GpioController.cs, GpioPin.cs, PinMode.cs,
// PinValue.cs; bodies are throw null.
namespace System.Device.Gpio
{
    public enum PinMode
    {
        Input,
        Output,
        InputPullDown,
        InputPullUp,
        OutputOpenDrain,
        OutputOpenDrainPullUp,
        OutputOpenSource,
        OutputOpenSourcePullDown
    }

    public readonly struct PinValue
    {
        private readonly byte _value;
        public static PinValue High { get { throw null; } }
        public static PinValue Low { get { throw null; } }
        public static implicit operator PinValue(int value) { throw null; }
        public static implicit operator PinValue(bool value) { throw null; }
        public static explicit operator int(PinValue value) { throw null; }
        public static explicit operator bool(PinValue value) { throw null; }
        public static explicit operator byte(PinValue value) { throw null; }
        public bool Equals(PinValue other) { throw null; }
        public override bool Equals(object obj) { throw null; }
        public static bool operator ==(PinValue a, PinValue b) { throw null; }
        public static bool operator !=(PinValue a, PinValue b) { throw null; }
        public override int GetHashCode() { throw null; }
        public override string ToString() { throw null; }
    }

    public class GpioPin : IDisposable
    {
        public int PinNumber { get { throw null; } }
        public PinMode GetPinMode() { throw null; }
        public void SetPinMode(PinMode value) { throw null; }
        public PinValue Read() { throw null; }
        public void Write(PinValue value) { throw null; }
        public void Toggle() { throw null; }
        public void Dispose() { throw null; }
    }

    public class GpioController : IDisposable
    {
        public GpioController() { throw null; }
        public GpioPin OpenPin(int pinNumber) { throw null; }
        public GpioPin OpenPin(int pinNumber, PinMode mode) { throw null; }
        public bool IsPinOpen(int pinNumber) { throw null; }
        public void ClosePin(int pinNumber) { throw null; }
        public void Dispose() { throw null; }
    }
}
