namespace QrTerminal.Core
{
    /// <summary>
    /// Where the state machine sends what the citizen should see. The screen layouts and panel drivers
    /// implement it on the device; the simulator renders PNGs; tests capture the screens.
    /// </summary>
    public interface IStandDisplay
    {
        /// <summary>Shows <paramref name="model"/>. Called on every change, including countdown ticks.</summary>
        void Show(ScreenModel model);
    }
}
