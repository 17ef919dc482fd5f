"""When a customer who asks to be called back says they can take the call (English and French).

"Rappelez-moi après 17h svp.", "Call me back this afternoon, I work until 3pm", « entre 14h et 16h », "any time after
5:30pm": the reply repeats it, so the customer sees it was read. Read are a part of the day (morning, lunchtime,
afternoon, evening; "this", "tomorrow" dropped: the reply goes out later than the message; "today", « aujourd'hui »
said as soon as possible, for the same reason: "Ring me today please") and a clock time with how it
bounds the call (after, before, around, at, between two times); a time the customer works or is busy until is the
time after which they can be called ("je travaille jusqu'à 15h"). A clock time needs its mark (« 15h », "3pm", "15:00",
"3 o'clock"): a bare number ("after 5") may be days as well as hours.

Rules over the lower-case, accent-free view of the text (`features.text.match_view`); each pattern is bounded (no
nested repeats), so a long hostile text is read in linear time.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from features.text import match_view

# How a clock time bounds the call.
BOUNDS: tuple[str, ...] = ("after", "before", "around", "at", "between")
# The parts of the day a call can be asked for; "soon" is a call asked for today or as soon as possible, which the
# reply, going out later than the message, says as soon as possible.
DAY_PARTS: tuple[str, ...] = ("soon", "morning", "lunchtime", "afternoon", "evening")


class CallTime(NamedTuple):
    """When the customer can be called: a part of the day (`DAY_PARTS`), a bound (`BOUNDS`) with its times as
    (hour, minute) on a 24-hour clock (two for "between"); either may be absent, not both."""

    day_part: str | None
    bound: str | None
    times: tuple[tuple[int, int], ...]


# A clock time with its mark: « 15h », « 15 h 30 », "3pm", "3.30 pm", "15:00", "3 o'clock"; not a price ("about the
# 12.50 charge": a dot needs am or pm after it)
_CLOCK = (
    r"(?P<{n}h>\d{{1,2}})(?:(?: ?h| ?heures?)(?: ?(?P<{n}fm>\d{{2}}))?|:(?P<{n}m>\d{{2}})(?: ?(?P<{n}ap>[ap])\.?m\.?)?|"
    r"\.(?P<{n}dm>\d{{2}}) ?(?P<{n}dap>[ap])\.?m\.?| ?(?P<{n}ap2>[ap])\.?m\.?| o'clock)\b"
)
_TIME = _CLOCK.format(n="a")
_TIME_B = _CLOCK.format(n="b")
_BOUND_WORDS = {
    "between": r"between|entre",
    "after": r"any time after|anytime after|after|from|apres|a partir de|des",
    "before": r"before|by|avant",
    "around": r"at about|at around|around|vers|aux alentours de|autour de",
    "at": r"at|a",
}
_BOUND_OF = {word: bound for bound, words in _BOUND_WORDS.items() for word in words.split("|")}
_ANY_BOUND = "|".join(_BOUND_WORDS.values())
_BOUNDED = re.compile(rf"\b(?P<word>{_ANY_BOUND}) (?:{_TIME}|(?P<bare>\d{{1,2}}))(?: (?:and|et|-) {_TIME_B})?")
# the words of a call asked: a time is read only in their clause, not the delivery's ("Please call me, it came at 8am
# broken"), nor a call the customer made ("I rang this morning, please call me back")
# ("ring" and "phone" only as the verb: "The ring arrived at 8am" is jewellery)
_CALL_WORDS = re.compile(
    r"\b(?:call\w*|(?:ring|phone|telephone) (?:me|us|back)|phone call|by phone|rappel\w*|appel\w*|telephon\w*|"
    r"joindre|joignable)\b"
)
_CALL_MADE = re.compile(
    r"\b(?:i|i've|i have|we|we've|you|you've|you have|someone|somebody) (?:called|rang|phoned|tried)\b|"
    r"\b(?:j'ai|vous m'avez|on m'a|il m'a|elle m'a) (?:deja )?(?:appele|telephone|essaye)\b"
)
# a time ruled out before it in its clause: "don't call me before 10am", "I can't take calls at work before 6pm", « je
# ne suis pas joignable le matin »; not the courtesy "don't hesitate to call me", « n'hésitez pas à me rappeler », nor
# urgency waved away ("Not urgent but please call me back after 5pm", « Ce n'est pas urgent mais rappelez-moi »)
_RULED_OUT = re.compile(
    r"n't\b(?! hesitate| urgent)|\bnot\b(?! urgent| a rush| in a rush)|\b(?:never|except|jamais|sauf)\b|"
    r"(?<!hesitez )(?<!hesite )\bpas\b(?! urgent| presse)"
)
# the customer said free, before when ("I'm free all afternoon", « je suis disponible tout l'après-midi »)
_AVAILABLE = re.compile(
    r"^(?:i'm|i am|i'll be|i will be|je suis|je serai)(?: \w+)? (?:free|available|around|home|in|disponible|dispo|"
    r"joignable|libre|chez moi|a la maison)(?: tout)? "
)
# the last hour of a bare "busy until" read as the afternoon's ("I'm busy until 4": 4 pm)
_LAST_BARE_AFTERNOON_HOUR = 7
# busy until a time: the call comes after it ("je travaille jusqu'à 15h", "I'm at work till 3pm")
_BUSY_UNTIL = re.compile(
    r"\b(?:je travaille|je bosse|je suis au (?:travail|boulot)|je ne suis pas dispo\w*|i work|i'm working|i am "
    r"working|i'm at work|i am at work|i'm busy|i am busy|i finish work)(?: \w+){0,2}? (?:jusqu'a|until|till|at) "
    r"(?:" + _TIME + r"|(?P<busybare>\d{1,2})(?![\w:.,]\d))"
)
_DAY_PARTS = {
    "soon": r"today|aujourd'hui|asap|as soon as possible|au plus vite|des que possible|dans la journee",
    "morning": r"(?:ce|le|demain|en) matin(?:ee)?|toute la matinee|(?:this|tomorrow|in the|all) morning",
    "lunchtime": r"(?:entre midi et (?:deux|2)|a l'heure du dejeuner|(?:at|over) lunch ?time|at lunch)",
    "afternoon": r"(?:cet|l'|demain|en|dans l') ?apres-?midi|(?:this|tomorrow|in the|all) afternoon",
    "evening": r"(?:ce|le|demain|en) soir(?:ee)?|toute la soiree|(?:this|tomorrow|in the|all) evening|tonight",
}
_DAY_PART = re.compile(r"\b(?:" + "|".join(rf"(?P<{part}>{words})" for part, words in _DAY_PARTS.items()) + r")\b")


def _clock(match: re.Match[str], name: str) -> tuple[int, int] | None:
    """The (hour, minute) of the clock time `name` in a match, on a 24-hour clock; None for no time of day."""
    hour = int(match.group(f"{name}h"))
    minute = int(match.group(f"{name}m") or match.group(f"{name}fm") or match.group(f"{name}dm") or 0)
    mark = {match.group(f"{name}ap"), match.group(f"{name}ap2"), match.group(f"{name}dap")}
    if "p" in mark and hour < 12:
        hour += 12
    elif "a" in mark and hour == 12:
        # 12 am is midnight ("call me back at 12am"), as 12 pm is noon
        hour = 0
    return (hour, minute) if hour < 24 and minute < 60 else None


def _between_bare(match: re.Match[str]) -> tuple[int, int] | None:
    """The first time of "between 2 and 4pm", a bare hour on the second's side of noon."""
    end = _clock(match, "b")
    if end is None:
        return None
    hour = int(match.group("bare"))
    end_hour = end[0] or 24  # a 12 am end is midnight, the end of the evening
    return (hour + 12, 0) if end_hour >= 12 and hour < 12 and hour + 12 <= end_hour else (hour, 0)


def _busy_until(match: re.Match[str], day_part: str | None) -> tuple[int, int] | None:
    """The time the customer is busy until; a bare hour ("I'm at work until 3") after noon when the part of the day
    asked is the afternoon or the evening, or when it is one to seven (nobody works until 4 in the morning)."""
    if match.group("busybare") is None:
        return _clock(match, "a")
    hour = int(match.group("busybare"))
    later = hour < 12 and (day_part in ("afternoon", "evening") or 1 <= hour <= _LAST_BARE_AFTERNOON_HOUR)
    return (hour + 12, 0) if later else (hour, 0) if hour < 24 else None


def _call_clauses(view: str) -> list[str]:
    """The clauses that ask for the call, and one right after that says only when ("Call me tomorrow, before 10am") or
    when the customer is free (« Rappelez-moi svp, je suis disponible tout l'après-midi »)."""
    clauses: list[str] = []
    asked = False
    for clause in re.split(r"[.!?;,]+ ", view):
        when = _AVAILABLE.sub("", clause, count=1)
        when_only = asked and (_BOUNDED.match(when) is not None or _DAY_PART.match(when) is not None)
        asked = bool(_CALL_WORDS.search(clause)) and not _CALL_MADE.search(clause)
        if asked or when_only:
            clauses.append(clause)
    return clauses


def _bounded_times(bounded: re.Match[str]) -> tuple[str | None, tuple[tuple[int, int], ...]]:
    """The bound and times of a `_BOUNDED` match; no times when one is no time of day ("between 2 and" alone)."""
    bound = _BOUND_OF[bounded.group("word")]
    between = bound == "between" and bounded.group("bh") is not None
    if bounded.group("bare") is not None:
        clocks = [_between_bare(bounded), _clock(bounded, "b")] if between else []
    else:
        clocks = [_clock(bounded, "a"), *([_clock(bounded, "b")] if between else [])]
    if not clocks or any(clock is None for clock in clocks):
        return None, ()
    return (bound if between or bound != "between" else None), tuple(clock for clock in clocks if clock is not None)


def call_time(text: str) -> CallTime | None:
    """When the text says the customer can be called back; None when it says no time. Read only for a text that asks
    for a call (`CustomerAsks.requests` "call_me"), in the clauses that ask for the call (the last time said there
    wins: « Je ne suis pas joignable le matin, rappelez-moi l'après-midi. »), else a time the customer is busy until
    anywhere. A time ruled out ("don't call me before 10am", « pas joignable le matin ») is none."""
    view = match_view(text)
    day_part: str | None = None
    bound: str | None = None
    times: tuple[tuple[int, int], ...] = ()
    for clause in _call_clauses(view):
        for part in _DAY_PART.finditer(clause):
            if not _RULED_OUT.search(clause, 0, part.start()):
                day_part = next(name for name in DAY_PARTS if part.group(name))
        for bounded in _BOUNDED.finditer(clause):
            if not _RULED_OUT.search(clause, 0, bounded.start()) and (said := _bounded_times(bounded))[1]:
                bound, times = said
    busy = _BUSY_UNTIL.search(view)
    if not times and busy is not None and (clock := _busy_until(busy, day_part)) is not None:
        bound, times = "after", (clock,)
    if day_part is None and not times:
        return None
    return CallTime(day_part, bound if times else None, times)
