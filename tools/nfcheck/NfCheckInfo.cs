// nfcheck has no code of its own: its work is the NfCheck target in nfcheck.csproj.
namespace QrTerminal.NfCheck
{
    internal static class NfCheckInfo
    {
    }
}
