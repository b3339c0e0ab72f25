namespace Guides;

internal static class Program
{
    private static void Main()
    {
        GettingStarted.Run();
        LocalVariants.Run();
        Rounds.Run();
        DependencyInjection.Run();
    }
}
