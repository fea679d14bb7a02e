using System;
using System.Collections.Generic;
using System.Globalization;
using SalesKpi.Catalog;

namespace SalesKpi.Formulas;

/// <summary>
/// Parses catalog formulas: numbers, input fields, derived helpers (inlined), settings, [kpi-id]
/// references, + - * / ^, comparisons and MIN, MAX, IF, IFERROR. Numbers are invariant ("0.25").
/// </summary>
internal sealed class FormulaParser
{
    private readonly string _text;
    private readonly bool _allowKpiRefs;
    private int _pos;

    private FormulaParser(string text, bool allowKpiRefs)
    {
        _text = text;
        _allowKpiRefs = allowKpiRefs;
    }

    /// <summary>Parses a KPI formula; throws <see cref="FormatException"/> naming the position and the problem.</summary>
    public static Expression Parse(string text, bool allowKpiRefs = false)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var parser = new FormulaParser(text, allowKpiRefs);
        var expression = parser.ParseComparison();
        parser.SkipSpace();
        if (parser._pos < text.Length)
        {
            throw parser.Error($"unexpected '{text[parser._pos]}'");
        }

        return expression;
    }

    private Expression ParseComparison()
    {
        var left = ParseAdditive();
        SkipSpace();
        BinaryOp? op =
            Accept("<=") ? BinaryOp.LessOrEqual :
            Accept(">=") ? BinaryOp.GreaterOrEqual :
            Accept("<>") ? BinaryOp.NotEqual :
            Accept("<") ? BinaryOp.Less :
            Accept(">") ? BinaryOp.Greater :
            Accept("=") ? BinaryOp.Equal : null;
        return op is null ? left : new BinaryExpr(op.Value, left, ParseAdditive());
    }

    private Expression ParseAdditive()
    {
        var left = ParseTerm();
        while (true)
        {
            SkipSpace();
            if (Accept("+"))
            {
                left = new BinaryExpr(BinaryOp.Add, left, ParseTerm());
            }
            else if (Accept("-"))
            {
                left = new BinaryExpr(BinaryOp.Subtract, left, ParseTerm());
            }
            else
            {
                return left;
            }
        }
    }

    private Expression ParseTerm()
    {
        var left = ParseUnary();
        while (true)
        {
            SkipSpace();
            if (Accept("*"))
            {
                left = new BinaryExpr(BinaryOp.Multiply, left, ParseUnary());
            }
            else if (Accept("/"))
            {
                left = new BinaryExpr(BinaryOp.Divide, left, ParseUnary());
            }
            else
            {
                return left;
            }
        }
    }

    private Expression ParseUnary()
    {
        SkipSpace();
        return Accept("-") ? new NegateExpr(ParseUnary()) : ParsePower();
    }

    private Expression ParsePower()
    {
        var left = ParsePrimary();
        SkipSpace();
        return Accept("^") ? new BinaryExpr(BinaryOp.Power, left, ParseUnary()) : left;
    }

    private Expression ParsePrimary()
    {
        SkipSpace();
        if (_pos >= _text.Length)
        {
            throw Error("unexpected end of formula");
        }

        var c = _text[_pos];
        if (Accept("("))
        {
            var inner = ParseComparison();
            Expect(")");
            return inner;
        }

        if (char.IsDigit(c) || c == '.')
        {
            return ParseNumber();
        }

        if (c == '[')
        {
            return ParseKpiRef();
        }

        if (IsNameStart(c))
        {
            return ParseName();
        }

        throw Error($"unexpected '{c}'");
    }

    private NumberExpr ParseNumber()
    {
        var start = _pos;
        while (_pos < _text.Length && (char.IsDigit(_text[_pos]) || _text[_pos] == '.'))
        {
            _pos++;
        }

        var token = _text.Substring(start, _pos - start);
        if (!double.TryParse(token, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            _pos = start;
            throw Error($"'{token}' is not a number");
        }

        return new NumberExpr(value);
    }

    private KpiRefExpr ParseKpiRef()
    {
        var start = _pos;
        if (!_allowKpiRefs)
        {
            throw Error("a KPI formula cannot refer to another KPI; only target rules can");
        }

        _pos++;
        var end = _text.IndexOf(']', _pos);
        if (end < 0)
        {
            _pos = start;
            throw Error("'[' without a closing ']'");
        }

        var id = _text.Substring(_pos, end - _pos).Trim();
        _pos = end + 1;
        return new KpiRefExpr(id);
    }

    private Expression ParseName()
    {
        var start = _pos;
        while (_pos < _text.Length && (IsNameStart(_text[_pos]) || char.IsDigit(_text[_pos])))
        {
            _pos++;
        }

        var name = _text.Substring(start, _pos - start);
        SkipSpace();
        if (Accept("("))
        {
            return ParseCall(name, start);
        }

        if (InputFields.Find(name) is { } field)
        {
            if (!field.IsNumeric)
            {
                _pos = start;
                throw Error($"'{name}' is not a numeric input");
            }

            return new InputExpr(field);
        }

        if (Helpers.Find(name) is { } helper)
        {
            return helper;
        }

        if (Enum.TryParse<Setting>(name, ignoreCase: false, out var setting) && Enum.IsDefined(typeof(Setting), setting))
        {
            return new SettingExpr(setting);
        }

        _pos = start;
        throw Error($"unknown name '{name}'");
    }

    private CallExpr ParseCall(string name, int start)
    {
        var (function, arity) = name.ToUpperInvariant() switch
        {
            "MIN" => (Function.Min, -1),
            "MAX" => (Function.Max, -1),
            "IF" => (Function.If, 3),
            "IFERROR" => (Function.IfError, 2),
            _ => throw Error($"unknown function '{name}'"),
        };

        var arguments = new List<Expression> { ParseComparison() };
        SkipSpace();
        while (Accept(","))
        {
            arguments.Add(ParseComparison());
            SkipSpace();
        }

        Expect(")");
        if ((arity > 0 && arguments.Count != arity) || (arity < 0 && arguments.Count < 2))
        {
            _pos = start;
            throw Error($"{name.ToUpperInvariant()} takes {(arity > 0 ? arity.ToString(CultureInfo.InvariantCulture) : "at least 2")} arguments, not {arguments.Count}");
        }

        return new CallExpr(function, arguments);
    }

    private static bool IsNameStart(char c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';

    private void SkipSpace()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
        {
            _pos++;
        }
    }

    private bool Accept(string token)
    {
        if (string.CompareOrdinal(_text, _pos, token, 0, token.Length) != 0)
        {
            return false;
        }

        _pos += token.Length;
        return true;
    }

    private void Expect(string token)
    {
        SkipSpace();
        if (!Accept(token))
        {
            throw Error($"expected '{token}'");
        }
    }

    private FormatException Error(string problem) =>
        new($"Formula '{_text}', at position {_pos + 1}: {problem}.");
}
