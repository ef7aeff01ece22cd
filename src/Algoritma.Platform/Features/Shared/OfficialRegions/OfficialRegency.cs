namespace Algoritma.Platform.Features.Shared.OfficialRegions;

/// <summary>A kabupaten or kota, e.g. <c>64.72</c> Kota Samarinda in province <c>64</c>.</summary>
public sealed record OfficialRegency(string Code, string ProvinceCode, string Name);

/// <summary>A province, e.g. <c>64</c> Kalimantan Timur.</summary>
public sealed record OfficialProvince(string Code, string Name);
