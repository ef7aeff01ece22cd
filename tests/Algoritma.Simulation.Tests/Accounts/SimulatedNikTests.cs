using Algoritma.Platform.Features.Identity.Citizens;
using Algoritma.Simulation.Accounts;
using NodaTime;

namespace Algoritma.Simulation.Tests.Accounts;

public sealed class SimulatedNikTests
{
    [Fact]
    public void Generated_NIKs_are_valid_and_carry_the_kecamatan_of_the_unit()
    {
        var random = new Random(42);
        var asOf = new LocalDate(2025, 11, 28);
        var sexes = new HashSet<NikSex>();
        for (var serial = 1; serial <= 2000; serial++)
        {
            var nik = SimulatedNik.Create("64.72.03", random, asOf, serial);
            var result = Nik.Validate(nik, asOf.ToDateOnly());

            Assert.True(result.IsValid, $"{nik}: {result.ErrorCode}");
            Assert.Equal("64.72.03", result.DistrictCode);
            Assert.Empty(result.Warnings);
            Assert.InRange(result.BirthDate, asOf.PlusYears(-76).ToDateOnly(), asOf.PlusYears(-18).ToDateOnly());
            sexes.Add(result.Sex);
        }

        Assert.Equal([NikSex.Male, NikSex.Female], sexes.Order());
    }

    [Fact]
    public void Serial_wraps_within_1_to_9999()
    {
        var nik = SimulatedNik.Create("64.72.01", new Random(1), new LocalDate(2026, 1, 1), 9999 + 5);

        Assert.Equal("0005", nik[12..]);
        Assert.Throws<ArgumentException>(() => SimulatedNik.Create("6472", new Random(1), new LocalDate(2026, 1, 1), 1));
    }
}
