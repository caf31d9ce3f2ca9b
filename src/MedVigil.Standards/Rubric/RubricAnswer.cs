namespace MedVigil.Standards.Rubric;

/// <summary>An answer to a rubric question. Yes/no questions take YES, NO or UNKNOWN; data-category questions take HIGH, LOW, NONE or UNKNOWN.</summary>
public enum RubricAnswer
{
    /// <summary><c>YES</c>.</summary>
    Yes,

    /// <summary><c>NO</c>.</summary>
    No,

    /// <summary><c>UNKNOWN</c>: scored as the worst case.</summary>
    Unknown,

    /// <summary><c>HIGH</c>: total loss of confidentiality, integrity or availability for the category.</summary>
    High,

    /// <summary><c>LOW</c>: some loss, limited in scope or control.</summary>
    Low,

    /// <summary><c>NONE</c>: no loss.</summary>
    None,
}

/// <summary>Which answers MITRE's calculator offers for a question (every question also accepts UNKNOWN here).</summary>
public enum RubricAnswerKind
{
    /// <summary>YES, NO, UNKNOWN.</summary>
    YesNoUnknown,

    /// <summary>YES, NO (only <c>XAVR</c>, the range question).</summary>
    YesNo,

    /// <summary>HIGH, LOW, NONE, UNKNOWN.</summary>
    Level,
}

/// <summary>The six data or function categories whose confidentiality, integrity and availability the rubric asks about.</summary>
public enum RubricDataCategory
{
    /// <summary>1. PHI/PII data.</summary>
    PhiPii = 1,

    /// <summary>2. Data or functionality related to diagnosis or monitoring.</summary>
    DiagnosisOrMonitoring,

    /// <summary>3. Data or functionality related to the delivery of therapy.</summary>
    TherapyDelivery,

    /// <summary>4. Data or functionality related to clinical workflow.</summary>
    ClinicalWorkflow,

    /// <summary>5. Private system or system-user data, e.g. passwords or private keys.</summary>
    PrivateSystemData,

    /// <summary>6. Any other kind of critical, sensitive data or functionality.</summary>
    OtherCritical,
}
