namespace MedVigil.Domain.Common;

/// <summary>What kind of expected failure an <see cref="Error"/> is; hosts map each kind to one HTTP status.</summary>
public enum ErrorKind
{
    Validation,
    NotFound,
    Conflict,
    Forbidden,
    InvalidTransition,
}

/// <summary>One problem with one input field (or CSV cell, or JSON pointer).</summary>
public sealed record FieldError(string Field, string Message);

/// <summary>An expected failure: a value, not an exception (ADR 0003).</summary>
public sealed record Error(ErrorKind Kind, string Code, string Message, IReadOnlyList<FieldError> Fields)
{
    public static Error Validation(string message, params FieldError[] fields) =>
        new(ErrorKind.Validation, "validation", message, fields);

    public static Error NotFound(string entity, object id) =>
        new(ErrorKind.NotFound, "not_found", $"{entity} '{id}' was not found.", []);

    public static Error Conflict(string code, string message) => new(ErrorKind.Conflict, code, message, []);

    public static Error Forbidden(string message) => new(ErrorKind.Forbidden, "forbidden", message, []);

    public static Error InvalidTransition(string message) =>
        new(ErrorKind.InvalidTransition, "invalid_transition", message, []);
}
