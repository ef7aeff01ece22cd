using System.Collections.ObjectModel;
using Sylvan.Data.Csv;

namespace Algoritma.Platform.Features.Shared.OfficialRegions;

/// <summary>
/// Read-only catalog of the official Kemendagri regions (provinces, regencies, kecamatan,
/// kelurahan/desa), loaded from the CSV files of the <c>idn-area-data</c> package embedded in
/// this assembly (see <c>Data/README.md</c>). All codes are in dotted form (<c>64.72.01.1001</c>).
/// </summary>
public sealed class OfficialRegionsCatalog
{
    internal const string ProvincesFile = "provinces.csv";
    internal const string RegenciesFile = "regencies.csv";
    internal const string DistrictsFile = "districts.csv";
    internal const string VillagesFile = "villages.csv";

    private static readonly Lazy<OfficialRegionsCatalog> SharedCatalog =
        new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, OfficialRegency> _regencies;
    private readonly Dictionary<string, IReadOnlyList<OfficialRegion>> _districtsByRegency;
    private readonly Dictionary<string, IReadOnlyList<OfficialRegion>> _villagesByRegency;
    private readonly HashSet<string> _districtCodes;
    private readonly HashSet<string> _provinceCodes;

    private OfficialRegionsCatalog(
        IReadOnlyList<OfficialProvince> provinces,
        IReadOnlyList<OfficialRegency> regencies,
        Dictionary<string, OfficialRegency> regencyByCode,
        Dictionary<string, IReadOnlyList<OfficialRegion>> districtsByRegency,
        Dictionary<string, IReadOnlyList<OfficialRegion>> villagesByRegency,
        HashSet<string> districtCodes,
        int villageCount)
    {
        Provinces = provinces;
        Regencies = regencies;
        _regencies = regencyByCode;
        _districtsByRegency = districtsByRegency;
        _villagesByRegency = villagesByRegency;
        _districtCodes = districtCodes;
        _provinceCodes = provinces.Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
        VillageCount = villageCount;
    }

    /// <summary>The catalog read once (lazily, thread-safe) from the embedded reference data.</summary>
    public static OfficialRegionsCatalog Shared => SharedCatalog.Value;

    /// <summary>All provinces, ordered by code.</summary>
    public IReadOnlyList<OfficialProvince> Provinces { get; }

    /// <summary>All regencies (kabupaten and kota), ordered by code.</summary>
    public IReadOnlyList<OfficialRegency> Regencies { get; }

    /// <summary>Number of kecamatan in the catalog.</summary>
    public int DistrictCount => _districtCodes.Count;

    /// <summary>Number of kelurahan and desa in the catalog.</summary>
    public int VillageCount { get; }

    /// <summary>The regency with the given code (<c>64.72</c>; <c>6472</c> is accepted too), or null.</summary>
    public OfficialRegency? FindRegency(string code)
    {
        var key = RegionCodes.Normalise(code, RegionCodes.RegencySegments);
        return key is not null && _regencies.TryGetValue(key, out var regency) ? regency : null;
    }

    /// <summary>The kecamatan of a regency ordered by code; empty for an unknown regency.</summary>
    public IReadOnlyList<OfficialRegion> DistrictsOf(string regencyCode) =>
        Lookup(_districtsByRegency, regencyCode);

    /// <summary>All kelurahan and desa of all kecamatan of a regency ordered by code; empty for an unknown regency.</summary>
    public IReadOnlyList<OfficialRegion> VillagesOf(string regencyCode) =>
        Lookup(_villagesByRegency, regencyCode);

    /// <summary>Whether a province with the given two-digit code (<c>64</c>) exists.</summary>
    public bool ContainsProvince(string provinceCode) => _provinceCodes.Contains(provinceCode);

    /// <summary>Whether a kecamatan with the given code (<c>64.72.01</c>) exists.</summary>
    public bool ContainsDistrict(string districtCode)
    {
        var key = RegionCodes.Normalise(districtCode, RegionCodes.DistrictSegments);
        return key is not null && _districtCodes.Contains(key);
    }

    private static IReadOnlyList<OfficialRegion> Lookup(
        Dictionary<string, IReadOnlyList<OfficialRegion>> byRegency, string regencyCode)
    {
        var key = RegionCodes.Normalise(regencyCode, RegionCodes.RegencySegments);
        return key is not null && byRegency.TryGetValue(key, out var regions) ? regions : [];
    }

    private static OfficialRegionsCatalog LoadEmbedded()
    {
        using var provinces = OpenResource(ProvincesFile);
        using var regencies = OpenResource(RegenciesFile);
        using var districts = OpenResource(DistrictsFile);
        using var villages = OpenResource(VillagesFile);
        return Parse(provinces, regencies, districts, villages);
    }

    private static StreamReader OpenResource(string fileName)
    {
        var name = "Regions." + fileName;
        var stream = typeof(OfficialRegionsCatalog).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing from the assembly.");
        return new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024);
    }

    /// <summary>
    /// Reads the four CSV files (header rows <c>code,name</c>, <c>code,province_code,name</c>,
    /// <c>code,regency_code,name</c>, <c>code,district_code,name</c>). Throws
    /// <see cref="InvalidDataException"/> naming the file and row (the header is row 1) on a malformed row.
    /// </summary>
    internal static OfficialRegionsCatalog Parse(
        TextReader provinces, TextReader regencies, TextReader districts, TextReader villages)
    {
        ArgumentNullException.ThrowIfNull(provinces);
        ArgumentNullException.ThrowIfNull(regencies);
        ArgumentNullException.ThrowIfNull(districts);
        ArgumentNullException.ThrowIfNull(villages);

        var provinceByCode = new Dictionary<string, OfficialProvince>(StringComparer.Ordinal);
        ReadRows(provinces, ProvincesFile, ["code", "name"], (fields, row) =>
        {
            var code = ParseCode(fields[0], RegionCodes.ProvinceSegments, ProvincesFile, row);
            var name = ParseName(fields[1], ProvincesFile, row);
            if (!provinceByCode.TryAdd(code, new OfficialProvince(code, name)))
            {
                throw Malformed(ProvincesFile, row, $"duplicate code '{code}'");
            }
        });

        var regencyByCode = new Dictionary<string, OfficialRegency>(StringComparer.Ordinal);
        ReadRows(regencies, RegenciesFile, ["code", "province_code", "name"], (fields, row) =>
        {
            var code = ParseCode(fields[0], RegionCodes.RegencySegments, RegenciesFile, row);
            var province = Parent(provinceByCode, code, fields[1], RegionCodes.ProvinceSegments, RegenciesFile, row);
            var name = ParseName(fields[2], RegenciesFile, row);
            if (!regencyByCode.TryAdd(code, new OfficialRegency(code, province.Code, name)))
            {
                throw Malformed(RegenciesFile, row, $"duplicate code '{code}'");
            }
        });

        var districtByCode = new Dictionary<string, OfficialRegion>(8192, StringComparer.Ordinal);
        ReadRows(districts, DistrictsFile, ["code", "regency_code", "name"], (fields, row) =>
        {
            var code = ParseCode(fields[0], RegionCodes.DistrictSegments, DistrictsFile, row);
            var regency = Parent(regencyByCode, code, fields[1], RegionCodes.RegencySegments, DistrictsFile, row);
            var name = ParseName(fields[2], DistrictsFile, row);
            if (!districtByCode.TryAdd(code, new OfficialRegion(code, regency.Code, name, RegionKind.Kecamatan)))
            {
                throw Malformed(DistrictsFile, row, $"duplicate code '{code}'");
            }
        });

        var villagesByRegency = new Dictionary<string, List<OfficialRegion>>(regencyByCode.Count, StringComparer.Ordinal);
        var villageCodes = new HashSet<string>(100_000, StringComparer.Ordinal);
        ReadRows(villages, VillagesFile, ["code", "district_code", "name"], (fields, row) =>
        {
            var code = ParseCode(fields[0], RegionCodes.VillageSegments, VillagesFile, row);
            var district = Parent(districtByCode, code, fields[1], RegionCodes.DistrictSegments, VillagesFile, row);
            var name = ParseName(fields[2], VillagesFile, row);
            var kind = VillageKind(code, VillagesFile, row);
            if (!villageCodes.Add(code))
            {
                throw Malformed(VillagesFile, row, $"duplicate code '{code}'");
            }

            if (!villagesByRegency.TryGetValue(district.ParentCode, out var list))
            {
                list = [];
                villagesByRegency.Add(district.ParentCode, list);
            }

            list.Add(new OfficialRegion(code, district.Code, name, kind));
        });

        return new OfficialRegionsCatalog(
            Sorted(provinceByCode.Values, p => p.Code),
            Sorted(regencyByCode.Values, r => r.Code),
            regencyByCode,
            GroupSorted(districtByCode.Values.GroupBy(d => d.ParentCode, StringComparer.Ordinal)),
            GroupSorted(villagesByRegency.Select(pair => (pair.Key, (IEnumerable<OfficialRegion>)pair.Value))),
            new HashSet<string>(districtByCode.Keys, StringComparer.Ordinal),
            villageCodes.Count);
    }

    private static void ReadRows(TextReader text, string file, string[] header, Action<string[], int> onRow)
    {
        var options = new CsvDataReaderOptions { HasHeaders = true, Delimiter = ',', Quote = '"', Escape = '"' };
        var row = 1;
        try
        {
            using var csv = CsvDataReader.Create(text, options);
            var actual = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetName(i).Trim()).ToArray();
            if (!actual.SequenceEqual(header, StringComparer.Ordinal))
            {
                throw Malformed(file, row,
                    $"expected header '{string.Join(',', header)}' but found '{string.Join(',', actual)}'");
            }

            var fields = new string[header.Length];
            while (true)
            {
                row++;
                if (!csv.Read())
                {
                    break;
                }

                if (csv.RowFieldCount != header.Length)
                {
                    throw Malformed(file, row, $"expected {header.Length} fields but found {csv.RowFieldCount}");
                }

                for (var i = 0; i < fields.Length; i++)
                {
                    fields[i] = csv.GetString(i);
                }

                onRow(fields, row);
            }
        }
        catch (CsvFormatException ex)
        {
            throw new InvalidDataException($"{file} row {row}: invalid CSV ({ex.Message})", ex);
        }
    }

    private static string ParseCode(string raw, int segments, string file, int row) =>
        RegionCodes.Normalise(raw, segments)
        ?? throw Malformed(file, row, $"invalid code '{raw}' (expected {RegionCodes.Describe(segments)})");

    private static string ParseName(string raw, string file, int row)
    {
        var name = raw.Trim();
        return name.Length > 0 ? name : throw Malformed(file, row, "empty name");
    }

    /// <summary>Checks that the parent column is the code's own prefix and names a known parent.</summary>
    private static TParent Parent<TParent>(
        Dictionary<string, TParent> parents, string code, string rawParent, int parentSegments, string file, int row)
    {
        var parentCode = ParseCode(rawParent, parentSegments, file, row);
        if (code.Length <= parentCode.Length
            || code[parentCode.Length] != '.'
            || !code.StartsWith(parentCode, StringComparison.Ordinal))
        {
            throw Malformed(file, row, $"code '{code}' does not belong to parent '{parentCode}'");
        }

        return parents.TryGetValue(parentCode, out var parent)
            ? parent
            : throw Malformed(file, row, $"unknown parent code '{parentCode}'");
    }

    /// <summary>
    /// First digit of the village segment: 1 = kelurahan, 2 = desa; 3 is used for the
    /// desa adat of Kabupaten Jayapura (91.03) and is reported as <see cref="RegionKind.Desa"/>.
    /// </summary>
    private static RegionKind VillageKind(string code, string file, int row) =>
        code[^4] switch
        {
            '1' => RegionKind.Kelurahan,
            '2' or '3' => RegionKind.Desa,
            _ => throw Malformed(file, row, $"village code '{code}' does not start its last segment with 1 (kelurahan) or 2 (desa)"),
        };

    private static ReadOnlyCollection<T> Sorted<T>(IEnumerable<T> items, Func<T, string> code) =>
        items.OrderBy(code, StringComparer.Ordinal).ToArray().AsReadOnly();

    private static Dictionary<string, IReadOnlyList<OfficialRegion>> GroupSorted(
        IEnumerable<(string Key, IEnumerable<OfficialRegion> Items)> groups) =>
        groups.ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<OfficialRegion>)Sorted(g.Items, r => r.Code),
            StringComparer.Ordinal);

    private static Dictionary<string, IReadOnlyList<OfficialRegion>> GroupSorted(
        IEnumerable<IGrouping<string, OfficialRegion>> groups) =>
        GroupSorted(groups.Select(g => (g.Key, (IEnumerable<OfficialRegion>)g)));

    private static InvalidDataException Malformed(string file, int row, string message) =>
        new($"{file} row {row}: {message}");
}

/// <summary>Kemendagri code format: segments of 2, 2, 2 and 4 digits joined by dots.</summary>
internal static class RegionCodes
{
    public const int ProvinceSegments = 1;
    public const int RegencySegments = 2;
    public const int DistrictSegments = 3;
    public const int VillageSegments = 4;

    private static readonly int[] SegmentLengths = [2, 2, 2, 4];

    /// <summary>
    /// Returns the dotted code (<c>64.72.01</c>) for a dotted or undotted (<c>647201</c>) code with
    /// exactly <paramref name="segments"/> segments, or null when the text is not such a code.
    /// </summary>
    public static string? Normalise(string? raw, int segments)
    {
        if (raw is null)
        {
            return null;
        }

        var text = raw.AsSpan().Trim();
        var digitsLength = 0;
        for (var i = 0; i < segments; i++)
        {
            digitsLength += SegmentLengths[i];
        }

        var dottedLength = digitsLength + segments - 1;
        if (text.Length == dottedLength && IsDotted(text, segments))
        {
            return text.Length == raw.Length ? raw : text.ToString();
        }

        if (text.Length != digitsLength || !IsDigits(text))
        {
            return null;
        }

        return string.Create(dottedLength, (Digits: text.ToString(), Segments: segments), static (span, state) =>
        {
            var source = 0;
            var target = 0;
            for (var i = 0; i < state.Segments; i++)
            {
                if (i > 0)
                {
                    span[target++] = '.';
                }

                state.Digits.AsSpan(source, SegmentLengths[i]).CopyTo(span[target..]);
                source += SegmentLengths[i];
                target += SegmentLengths[i];
            }
        });
    }

    public static string Describe(int segments) => segments switch
    {
        ProvinceSegments => "NN",
        RegencySegments => "NN.NN",
        DistrictSegments => "NN.NN.NN",
        _ => "NN.NN.NN.NNNN",
    };

    private static bool IsDotted(ReadOnlySpan<char> text, int segments)
    {
        var position = 0;
        for (var i = 0; i < segments; i++)
        {
            if (i > 0)
            {
                if (text[position] != '.')
                {
                    return false;
                }

                position++;
            }

            if (!IsDigits(text.Slice(position, SegmentLengths[i])))
            {
                return false;
            }

            position += SegmentLengths[i];
        }

        return true;
    }

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
