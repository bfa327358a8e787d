using System.Diagnostics;
using QrTerminal.Core;

namespace QrTerminal.Device
{
    /// <summary>
    /// Fallback display that writes each screen to the debug output. Used when the configured panel cannot be
    /// created, so the stand still runs (and its telemetry still flows) while a technician looks at the panel.
    /// </summary>
    internal sealed class LogStandDisplay : IStandDisplay
    {
        public void Show(ScreenModel model)
        {
            string line = "screen " + ((int)model.Kind).ToString();
            if (model.InvoiceId != null)
            {
                line += " invoice " + model.InvoiceId + " " + model.Amount.ToString() + " VND";
            }

            if (model.SecondsLeft >= 0)
            {
                line += " " + model.SecondsLeft.ToString() + " s";
            }

            if (model.Offline)
            {
                line += " OFFLINE";
            }

            if (model.Reason != null)
            {
                line += " " + model.Reason;
            }

            if (model.Detail != null)
            {
                line += " (" + model.Detail + ")";
            }

            Debug.WriteLine(line);
        }
    }
}
