namespace Algoritma.Platform.Features.Catalog;

/// <summary>A service every city can clone and adapt.</summary>
public sealed record ServiceTemplate(string Code, string Name, UnitLevel Level, ServiceStandard Standard);

/// <summary>The template library: the everyday letters of a kelurahan and kecamatan office.</summary>
public static class ServiceTemplates
{
    private const string Complaint = "SP4N-LAPOR! (lapor.go.id), kotak saran kantor, atau WhatsApp pengaduan kelurahan";

    private static readonly Requirement Ktp = new("ktp", "KTP-el pemohon");
    private static readonly Requirement Kk = new("kk", "Kartu Keluarga");
    private static readonly Requirement PengantarRt = new("pengantar_rt", "Surat pengantar RT/RW");

    public static readonly IReadOnlyList<ServiceTemplate> All =
    [
        new("domisili", "Surat Keterangan Domisili", UnitLevel.Kelurahan, new ServiceStandard(
            [Ktp, Kk, PengantarRt], ["Pemohon menyerahkan berkas", "Petugas memverifikasi", "Lurah menandatangani", "Surat diserahkan"],
            CompletionUnit.WorkingDays, 1, 0m, "Surat Keterangan Domisili", Complaint,
            "UU 23/2006 jo. UU 24/2013 tentang Administrasi Kependudukan")),
        new("sktm", "Surat Keterangan Tidak Mampu", UnitLevel.Kelurahan, new ServiceStandard(
            [Ktp, Kk, PengantarRt, new Requirement("pernyataan", "Surat pernyataan tidak mampu bermeterai")],
            ["Pemohon menyerahkan berkas", "Petugas memverifikasi dan dapat survei", "Lurah menandatangani", "Surat diserahkan"],
            CompletionUnit.WorkingDays, 2, 0m, "Surat Keterangan Tidak Mampu", Complaint, "Permensos 3/2021; Perda setempat")),
        new("pengantar-ktp-kk", "Surat Pengantar KTP/KK", UnitLevel.Kelurahan, new ServiceStandard(
            [Kk, PengantarRt, new Requirement("akta", "Akta kelahiran/perkawinan sesuai keperluan", Required: false)],
            ["Pemohon menyerahkan berkas", "Petugas memverifikasi", "Surat pengantar diterbitkan"],
            CompletionUnit.WorkingMinutes, 60, 0m, "Surat Pengantar ke Disdukcapil", Complaint, "Perpres 96/2018")),
        new("pengantar-skck", "Surat Pengantar SKCK", UnitLevel.Kelurahan, new ServiceStandard(
            [Ktp, Kk, PengantarRt], ["Pemohon menyerahkan berkas", "Petugas memverifikasi", "Surat pengantar diterbitkan"],
            CompletionUnit.WorkingMinutes, 60, 0m, "Surat Pengantar SKCK ke Polsek/Polres", Complaint, "Perpol 6/2023")),
        new("pindah-datang", "Surat Keterangan Pindah Datang", UnitLevel.Kecamatan, new ServiceStandard(
            [Ktp, Kk, new Requirement("skpwni", "Surat Keterangan Pindah dari daerah asal")],
            ["Pemohon menyerahkan berkas", "Petugas memverifikasi", "Camat menandatangani", "Data diteruskan ke Disdukcapil"],
            CompletionUnit.WorkingDays, 3, 0m, "Surat Keterangan Pindah Datang", Complaint, "Permendagri 108/2019")),
        new("iumk", "Izin Usaha Mikro Kecil (IUMK)", UnitLevel.Kecamatan, new ServiceStandard(
            [Ktp, Kk, new Requirement("foto_usaha", "Foto tempat usaha"), new Requirement("domisili_usaha", "Surat keterangan domisili usaha")],
            ["Pemohon menyerahkan berkas", "Petugas memverifikasi", "Camat menerbitkan IUMK"],
            CompletionUnit.WorkingDays, 3, 0m, "Izin Usaha Mikro Kecil", Complaint, "Perpres 98/2014; PP 7/2021")),
    ];

    public static ServiceTemplate? Find(string code) => All.FirstOrDefault(t => t.Code == code);
}
