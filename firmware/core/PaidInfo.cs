namespace QrTerminal.Core
{
    /// <summary>The <c>paid</c> object of a state document.</summary>
    public sealed class PaidInfo
    {
        /// <summary>Whole VND the bank confirmed.</summary>
        public long Amount;

        /// <summary>When the bank confirmed, Unix ms (gateway clock).</summary>
        public long PaidAtMs;

        /// <summary>The bank transaction reference.</summary>
        public string TransactionRef;
    }
}
