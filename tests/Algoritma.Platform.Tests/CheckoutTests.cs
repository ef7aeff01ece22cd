namespace Algoritma.Platform.Tests;

public sealed class CheckoutTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("algoritma-checkout-");

    [Fact]
    public void A_folder_below_the_solution_file_belongs_to_that_checkout()
    {
        File.WriteAllText(Path.Combine(_folder.FullName, Checkout.SolutionFile), "");
        var below = _folder.CreateSubdirectory("src/Algoritma.Api/bin");

        Assert.Equal(_folder.FullName, Checkout.Around(below.FullName));
        Assert.Equal(_folder.FullName, Checkout.Around(_folder.FullName));
    }

    [Fact]
    public void A_folder_with_no_solution_file_above_it_is_in_no_checkout() =>
        Assert.Null(Checkout.Around(_folder.CreateSubdirectory("deployed").FullName));

    [Fact]
    public void The_test_binaries_were_built_in_this_checkout() =>
        Assert.True(File.Exists(Path.Combine(Checkout.OfBinaries, "tenants-config", "samarinda.yaml")));

    public void Dispose() => _folder.Delete(recursive: true);
}
