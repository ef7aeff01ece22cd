
namespace Algoritma.Platform.Features.Satisfaction.GraphQL;

public sealed class IkmResultType : ObjectGraphType<IkmResult>
{
    public IkmResultType()
    {
        Name = "Satisfaction";
        Description = "Indeks Kepuasan Masyarakat (PermenPANRB 14/2017) over the answered requests.";
        Field(r => r.Value).Description("IKM, 25.00 (all answers 1) to 100.00 (all answers 4) under every ikmRounding setting: NONE averages the exact NRRs, TWO_DECIMALS and THREE_DECIMALS round each NRR first; all weight 1/9 (PermenPANRB 14/2017).");
        Field<NonNullGraphType<IkmGradeEnum>>("grade").Description("The mutu pelayanan letter of the value.").Resolve(c => c.Source.Grade.ToString());
        Field(r => r.Performance).Description("The kinerja unit label of the grade: Sangat Baik, Baik, Kurang Baik or Tidak Baik.");
        Field(r => r.ElementNrr).Description("Mean score (NRR) of each of the nine elements, U1…U9.");
        Field(r => r.Responses);
    }
}

public sealed class IkmGradeEnum() : StringEnumGraphType("IkmGrade", "Mutu pelayanan of an IKM value (PermenPANRB 14/2017).",
    ("A", "A", "Sangat Baik: 88.31 to 100."),
    ("B", "B", "Baik: 76.61 to 88.30."),
    ("C", "C", "Kurang Baik: 65.00 to 76.60."),
    ("D", "D", "Tidak Baik: 25.00 to 64.99."));
