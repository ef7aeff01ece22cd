namespace Algoritma.Platform.Features.Satisfaction;

/// <summary>
/// The nine survey elements (unsur) of the IKM questionnaire, PermenPANRB 14/2017.
/// Numeric values match the regulation's U1..U9 numbering; the zero-based index of an
/// element in <see cref="IkmAnswers.Scores"/> and <see cref="IkmSums.ElementSums"/> is
/// <c>(int)element - 1</c>.
/// </summary>
public enum IkmElement
{
    /// <summary>U1 — Persyaratan.</summary>
    Requirements = 1,

    /// <summary>U2 — Sistem, Mekanisme, dan Prosedur.</summary>
    SystemMechanismProcedure = 2,

    /// <summary>U3 — Waktu Penyelesaian.</summary>
    CompletionTime = 3,

    /// <summary>U4 — Biaya/Tarif.</summary>
    CostTariff = 4,

    /// <summary>U5 — Produk Spesifikasi Jenis Pelayanan.</summary>
    ServiceProductSpecification = 5,

    /// <summary>U6 — Kompetensi Pelaksana.</summary>
    StaffCompetence = 6,

    /// <summary>U7 — Perilaku Pelaksana.</summary>
    StaffBehavior = 7,

    /// <summary>U8 — Penanganan Pengaduan, Saran dan Masukan.</summary>
    ComplaintHandling = 8,

    /// <summary>U9 — Sarana dan Prasarana.</summary>
    Facilities = 9,
}
