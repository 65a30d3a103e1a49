"""Actors pass, roles: people named with their post.

`read_roles` reads, over the items of a sentence, the shapes news prose uses for a person with a
post: `<role> [<country|org>...] [untuk ...][,] <Name> [dan <Name>]` and `<Name>, <role> [<org>...]`
(an apposition), with the post's tail, portfolio, council, field and region, a post chained to
another (`Wakil Perdana Menteri sekaligus utusan ...`), a post stated before its holder is named
(`Penasihat itu, X,`), and the body the post serves. `name_found` records the name it finds: a
person at once, or a one-word reference resolved later by `salience`.
"""
from __future__ import annotations

from bisect import bisect_right

from .actor_kit import APPOSITION_ITEMS, ROLE_COMPLEMENT_ITEMS, ROLE_COMPLEMENT_SPAN, ROLE_TAIL_WORDS, UNTUK_CLAUSE_TOKENS, is_cap
from .affiliation import affiliation_of, served_country
from .cast import Item, Reading, acronym_in_brackets, is_name
from .lexicon import fold
from .model import Span
from .organisations import member_body, named_body


def read_roles(r: Reading, items: list[Item], title_case: bool, claimed: set[int]) -> None:
    """`<role> [affil...] [untuk ...][,] <Name> [dan <Name>]` and `<Name>, <role> [affil...]`."""
    kit = r.kit
    n = len(items)
    coordinated = None        # (index of the last name read with a role, its affiliation)
    lead = None               # (role, its end, index of the role it chains to) for a post with no name yet
    for k, item in enumerate(items):
        if item.kind == "role":
            j, tail_end = k + 1, item.end
            if (j + 1 < n and items[j].kind == "word" and items[j].text.lower() in kit.apposition_joiners
                    and items[j + 1].kind == "role"):
                # "Wakil Perdana Menteri sekaligus utusan presiden ..., X": the first post is X's.
                lead = chained_post(r, items, k, j, False, item, tail_end, [], lead)
                continue
            tail = 0
            while (j < n and items[j].kind == "word" and tail < ROLE_TAIL_WORDS
                   and items[j].text.lower() not in kit.breakers and items[j].text.islower()):
                j, tail = j + 1, tail + 1
            generic = None
            if tail:
                # Lower-case words count as part of the role only when an entity or a name follows.
                if j < n and (items[j].kind in ("ent", "org", "name") or items[j].text in r.short_bodies):
                    tail_end = items[j - 1].end
                elif (tail == 1 and j + 1 < n and items[j].text == "," and is_name(items[j + 1])
                      and items[j - 1].text in kit.org_first):
                    # "Juru bicara kementerian, X,": the ministry the passage named before.
                    generic = named_body(r, items[j - 1].text, item.start)
                    tail_end = items[j - 1].end
                else:
                    continue
            affs: list[str] = [generic] if generic else []
            linked = False
            portfolio = any(fold(w) in kit.portfolio_heads for w in item.text.split())
            before = j
            j = role_complement(r, items, j, claimed, portfolio)
            if portfolio and j > before:
                # "Menteri Kelautan dan Perikanan Norwegia X": the portfolio is part of the role.
                tail_end = items[j - 1].end
            if (j + 1 < n and items[j].kind == "ent" and items[j].entry_kind in ("place", "country")
                    and linked_body(r, items, j + 1)):
                # "Pengamat Asia Timur dari Universitas X": the region is the role's field ("Pakar
                # Korea Utara dari Universitas X": so is a country, when a body the person serves follows).
                tail_end, j = items[j].end, j + 1
            if not affs and k >= 2 and items[k - 1].kind == "word" and items[k - 1].text in kit.through_words:
                # "China, melalui Duta Besar X": the state or body that acts through the person.
                owner = items[k - 3] if items[k - 2].text == "," and k >= 3 else items[k - 2]
                aff = affiliation_of(r, owner) if owner.kind in ("ent", "org") and owner.entry_kind != "person" \
                    else None
                if aff:
                    affs.append(aff)
            if item.text.endswith("nya") and k and items[k - 1].kind == "word" and not affs:
                # "Kementerian Luar Negeri Rusia lewat juru bicaranya X": the post of the body just named.
                owner = next((it for it in reversed(items[:k]) if it.kind in ("ent", "org")
                              and it.entry_kind != "person"), None)
                aff = affiliation_of(r, owner) if owner is not None else None
                if aff:
                    affs.append(aff)
            member = member_body(r, item, items, j)
            if member is not None:
                # "Sekretaris Dewan Keamanan Rusia X": the council is part of the post.
                tail_end, aff, j = member
                if aff:
                    affs.append(aff)
            while j < n:
                it = items[j]
                if it.kind == "word" and it.text in r.short_bodies:
                    it = r.short_bodies[it.text]      # "Ketua delegasi KDN, X": the body it names
                if it.kind in ("ent", "org", "place") and not (it.kind == "ent" and it.entry.kind == "person"):
                    place = it.kind == "place" or it.entry_kind == "place"
                    if place and j == before and not affs:
                        # "Gubernur Primorsky Krai X": the region is part of the post as stated.
                        tail_end = it.end
                    # A place is the affiliation only when no body or country is named with it
                    # ("Centre for ... Studies (CSIS) Jakarta, X": the body).
                    aff = affiliation_of(r, it) if not (place and affs) else None
                    if aff:
                        affs.append(aff)
                    j += 1
                elif linked_body(r, items, j):
                    j, linked = j + 1, True   # "<role> dari Universitas X, Name": the body it serves
                elif it.kind == "word" and it.text in kit.list_joiners and j + 1 < n and items[j + 1].kind in ("ent", "org") \
                        and affs:
                    j += 1
                elif affs and acronym_in_brackets(items, j):
                    # "Institut Studi Strategis Korea (KRIS) Park ...": the body's short form.
                    j += 3
                else:
                    break
            if (j + 3 < n and items[j].kind == "word" and items[j].text in kit.prepositions
                    and items[j + 1].kind in ("ent", "name") and items[j + 1].entry_kind in (None, "place")
                    and items[j + 2].text == "," and is_name(items[j + 3]) and item.text[:1].islower()):
                # "Seorang pemandu wisata di Vladivostok, Natalia,": where the post is, then its holder.
                j += 2
            if linked and not (j < n and items[j].text == ","):
                continue          # the body's name runs on ("dari Institut Studi Oriental Moskow")
            if affs and j < n and items[j].kind == "word" and items[j].text.lower() in kit.field_words:
                # "penasihat senior Kremlin bidang kebijakan luar negeri": the post's field after its body.
                m = j + 1
                while (m < n and m - j <= ROLE_TAIL_WORDS + 1 and items[m].kind == "word" and items[m].text.islower()
                       and items[m].text not in kit.breakers and items[m].text not in kit.cues_after):
                    m += 1
                if m > j + 1:
                    r.fields[(item.start, tail_end)] = r.text[items[j].start:items[m - 1].end]
                    j = m
            if (not affs and j + 2 < n and items[j].kind == "word" and items[j].text.lower() in kit.anaphora
                    and items[j + 1].text == "," and is_name(items[j + 2])):
                # "Seorang penasihat senior Kremlin ... mengatakan ..." then "Penasihat itu, X,": the
                # person introduced by the post is named now; the post as first stated is theirs.
                words = set(item.text.lower().split())
                earlier = [p for p in r.pending if words <= set(p[0].text.lower().split())]
                if not earlier:
                    # "Duta besar Rusia ... turut ... . Diplomat tersebut, X,": another word for the post
                    # the sentence before stated.
                    here = bisect_right(r.sentence_starts, item.start) - 1
                    earlier = [p for p in r.pending if here > 0
                               and bisect_right(r.sentence_starts, p[0].start) - 1 == here - 1
                               and r.paragraph_of(p[0].start) == r.paragraph_of(item.start)]
                role, end, aff = earlier[-1] if earlier else (item, tail_end, None)
                name_found(r, items[j + 2], "role-anaphora", title_case, claimed, role=role, tail_end=end,
                                affiliation=aff)
                continue
            if (affs and j + 2 < n and items[j].kind == "name" and len(items[j].tokens) == 1
                    and items[j + 1].text == "," and is_name(items[j + 2]) and items[j].start not in claimed):
                # "Universitas X (UX) Depok, Name": the body's city, then the person.
                r.add_other("place", None, Span(items[j].start, items[j].end), "place:body-city")
                claimed.add(items[j].start)
                j += 1
            # Anaphora: "Diplomat AS tersebut" gives the last person without one a country.
            if j < n and items[j].kind == "word" and items[j].text.lower() in kit.anaphora and affs:
                r.anaphora.append((item.start, affs[-1]))
                continue
            if j < n and items[j].kind == "word" and items[j].text in kit.org_links:
                m = j + 1
                while m < n and m - j <= UNTUK_CLAUSE_TOKENS and items[m].text != ",":
                    m += 1
                # "Duta Besar AS untuk PBB Linda ...": the post (a body, country or place), then the name.
                post = j + 1
                while post < n and ((items[post].kind in ("ent", "org", "place") and items[post].entry_kind != "person")
                                    or place_before_name(r, items, post)):
                    post += 1
                if (post < n and post - 1 > j and items[post].kind == "name" and len(items[post].tokens) == 1
                        and place_before_name(r, items, post - 1) and len(items[post - 1].tokens) >= 3
                        and items[post - 1].end + 1 == items[post].start):
                    # "untuk Distrik Federal Ural Pavel Orlov": the run was cut at its longest; the
                    # person's given name is the region run's last word.
                    region, name = items[post - 1], items[post]
                    moved = region.tokens[-1]
                    items[post - 1] = Item("name", region.start, region.tokens[-2][1],
                                            r.text[region.start:region.tokens[-2][1]], tokens=region.tokens[:-1])
                    items[post] = Item("name", moved[0], name.end, r.text[moved[0]:name.end],
                                        tokens=(moved,) + name.tokens)
                if post < n and is_name(items[post]):
                    for x in range(j + 1, post):
                        if items[x].kind == "name":
                            # "untuk Distrik Federal Timur Jauh Name": the region of the post.
                            claimed.add(items[x].start)
                            r.add_other("place", None, Span(items[x].start, items[x].end), "place:post")
                if post > j + 1 and post < n and is_name(items[post]):
                    j = post
                elif m < n and items[m].text == ",":
                    j = m
                else:
                    claim_untuk(r, items, j, claimed)
                    # "Duta besar Rusia untuk Korea Selatan turut ...": a post whose holder is named later.
                    r.pending.append((item, tail_end, affs[-1] if affs else None))
                    continue
            comma = j < n and items[j].text == ","
            if comma:
                j += 1
            if (title_case and comma and j < n and items[j].kind == "name" and len(items[j].tokens) == 1
                    and not (j + 1 < n and items[j + 1].text == ",")):
                continue      # "Menlu Terima Dubes Rusia, Tawarkan ...": a headline's next clause
            names = []
            while j < n and (items[j].kind == "name" or (items[j].kind == "ent" and items[j].entry.kind == "person")):
                names.append(items[j])
                if j + 2 < n and items[j + 1].text in kit.list_joiners and (
                        items[j + 2].kind == "name" or (items[j + 2].kind == "ent" and items[j + 2].entry.kind == "person")):
                    j += 2
                else:
                    break
            if (len(names) == 1 and not title_case and j + 2 < n
                    and len(names[0].text.split()) == 1 and (names[0].kind == "ent" or len(names[0].tokens) == 1)
                    and (items[j + 1].text == "," or items[j + 1].text.lower() in kit.naming_links)
                    and is_name(items[j + 2]) and len(items[j + 2].text.split()) >= 2
                    and not (j + 4 < n and items[j + 3].text == "," and items[j + 4].text in kit.list_joiners)):
                # "Penasihat luar negeri Putin, Yuri X, mengatakan", "Ajudan Putin bernama Yury X": the post
                # is of the person named after; the one-word name before is whose aide they are.
                name_found(r, names[0], "possessor", title_case, claimed)
                j += 2
                names = [items[j]]
            if not names:
                r.pending.append((item, tail_end, affs[-1] if affs else None))
                lead = chained_post(r, items, k, j, comma, item, tail_end, affs, lead)
                continue
            chain = lead if lead is not None and lead[2] == k else None
            lead = None
            if chain is not None and (title_case and not chain[4] or chain[5] and j + 2 < n
                                      and items[j + 1].text == "," and is_name(items[j + 2])):
                # "Juru Bicara Sekretaris Jenderal PBB X, Y,": Y holds the first post, X the second;
                # a headline's comma parts clauses ("Terima Wakil PM Rusia, Menlu X ...").
                chain = None
            if chain is not None and not affs and chain[3]:
                affs = [chain[3]]
            if chain is not None and not chain[4]:
                chain = None      # "Perwakilan Jepang, Duta Besar X": the post after the comma is X's
            for index, name in enumerate(names):
                cut = place_prefix(r, name)
                if cut:
                    # "Gubernur Wilayah Amur Ivan Sokolov": the region the post serves, then the person.
                    a, b = name.tokens[0][0], name.tokens[cut - 1][1]
                    claimed.add(name.start)
                    r.add_other("place", None, Span(a, b), "place:role-region")
                    rest = name.tokens[cut:]
                    names[index] = Item("name", rest[0][0], name.end, r.text[rest[0][0]:name.end], tokens=rest)
                    if not affs and len(names) == 1:
                        affs = [r.text[a:b]]
                        if r.text[tail_end:a].strip() == "":
                            tail_end = b      # the post as stated: "Gubernur Khabarovsk Krai"
            if names and not affs and linked_body(r, items, j + 1):
                # "Profesor Name dari Universitas X": the body after the name.
                aff = affiliation_of(r, items[j + 2])
                affs = [aff] if aff else []
            if (names and not affs and coordinated is not None and k >= 2 and coordinated[0] == k - 2
                    and items[k - 1].text in kit.list_joiners and all(nm.kind == "name" for nm in names)
                    and not any(it.kind == "word" and it.text.lower() in kit.between for it in items[:k])):
                # "Menlu Korsel X dan Menhan Y": a post joined to one placed before shares its body
                # (not "antara <leader of A> X dan <leader of B> Y": two sides).
                affs = [coordinated[1]]
            if (names and k >= 2 and items[k - 1].text == "," and is_name(items[k - 2]) and not affs
                    and before < n and items[before] is names[0] and item.text[:1].islower()
                    and " " in r.text[item.start:tail_end] and all(nm.kind == "name" for nm in names)):
                # "X, direktur biro perjalanan Y": the post after an apposition's comma names its
                # body's kind, and Y is that body, no second person.
                for name in names:
                    if name.start not in claimed:
                        claimed.add(name.start)
                        r.add_other("organization", None, Span(name.start, name.end), "organization:role-object")
                continue
            if (names and not affs and tail_end > item.end and all(nm.kind == "name" for nm in names)
                    and kit.source_cue.search(r.text, item.end, tail_end + 1)):
                # "wartawan kantor berita Prensa Latina": the post's words end with a medium's kind, and the
                # name after it is that medium, no person.
                for name in names:
                    if name.start not in claimed:
                        claimed.add(name.start)
                        r.add_other("organization", None, Span(name.start, name.end), "organization:source-cue")
                continue
            for body in items[k + 1:j]:
                if names:
                    served_country(r, body)
            # "Menteri Luar Negeri A dan B": a singular post is A's only; B is named beside A, not given
            # A's post (unless the post is plural: "para menteri A dan B", "kedua pemimpin, A dan B").
            plural = len(names) > 1 and (len(affs) == len(names) or (k and items[k - 1].kind == "word" and items[k - 1].text.lower() in kit.plural_markers))
            if len(names) > 1 and not plural:
                for name in names[1:]:
                    name_found(r, name, "listed", title_case, claimed)
                names = names[:1]
            for index, name in enumerate(names):
                aff = affs[index] if len(affs) == len(names) and len(names) > 1 else (affs[-1] if affs else None)
                if chain is not None:
                    end = chain[1]
                    if chain[5] and index == 0:
                        # "Utusan Presiden Rusia untuk Distrik X, Name": two posts written as one, stated
                        # up to the name.
                        at = next(x for x in range(n) if items[x] is name)
                        before = items[at - 1] if items[at - 1].text != "," else items[at - 2]
                        end = max(end, before.end)
                    name_found(r, name, "role", title_case, claimed, role=chain[0], tail_end=end,
                                    affiliation=aff)
                else:
                    name_found(r, name, "role", title_case, claimed, role=item, tail_end=tail_end,
                                    affiliation=aff)
                if aff:
                    coordinated = (j, aff)
        elif item.kind in ("name", "ent") and k + 2 < n and items[k + 1].text == ",":
            if item.kind == "ent" and item.entry.kind != "person":
                continue
            if item.kind == "name" and len(item.tokens) < 2 and not (
                    items[k + 2].kind == "role" and items[k + 2].text[:1].islower() and not title_case
                    and not (k and items[k - 1].text.lower() in kit.prepositions)):
                # One word is a name only before a post written as a description ("Sutrisno,
                # peneliti senior X,"): a capitalised title after a comma may open a new clause,
                # and after "di"/"dari" the word is a place ("Dari Bandung, pengamat X ...").
                continue
            post = k + 2
            if items[post].kind == "word" and items[post].text.lower() in kit.role_articles and post + 1 < n \
                    and items[post + 1].kind == "role":
                post += 1      # "X, seorang wartawan Y": the apposition's post after its article
            if items[post].kind != "role":
                # "X, istri Y yang juga anggota parlemen Z,": the post the
                # apposition gives after a joining word, before the apposition closes.
                post = k + 3
                while post < n and post - k <= APPOSITION_ITEMS and items[post].text != "," and not (
                        items[post].kind == "role" and items[post - 1].kind == "word"
                        and items[post - 1].text.lower() in kit.apposition_joiners):
                    post += 1
                if post >= n or items[post].kind != "role" or post - k > APPOSITION_ITEMS:
                    continue
            role = items[post]
            j, affs = post + 1, []
            tail_end = role.end
            m, tail = j, 0
            while (m < n and items[m].kind == "word" and tail < ROLE_TAIL_WORDS
                   and items[m].text.lower() not in kit.breakers and items[m].text.islower()):
                m, tail = m + 1, tail + 1
            if tail and not (m < n and items[m].kind == "word" and items[m].text.islower()
                             and items[m].text.lower() not in kit.breakers):
                # "X, dosen ilmu politik Universitas Y": the words describe the post.
                tail_end, j = items[m - 1].end, m
            if (j + 1 < n and items[j].kind == "ent" and items[j].entry_kind == "place"
                    and linked_body(r, items, j + 1)):
                # "X, pakar keamanan Asia Tenggara di Universitas Y": the region is the post's field.
                tail_end, j = items[j].end, j + 1
            # "Lee ..., profesor di Universitas X": the body after a linking preposition.
            if (j + 1 < n and items[j].kind == "word" and items[j].text in kit.affiliation_links
                    and items[j + 1].kind in ("ent", "org") and items[j + 1].entry_kind != "place"):
                j += 1
            while j < n and items[j].kind in ("ent", "org"):
                aff = affiliation_of(r, items[j])
                if aff:
                    affs.append(aff)
                    served_country(r, items[j])
                j += 1
            if post > k + 2 and j < n and is_name(items[j]):
                continue      # "X, yang juga bertemu Menteri Y Z": the role introduces Z, not X
            claim_untuk(r, items, j, claimed)
            name_found(r, item, "apposition", title_case, claimed, role=role, tail_end=tail_end,
                            affiliation=affs[-1] if affs else None, refine=True)


def chained_post(r: Reading, items, k, j, comma, role, tail_end, affs, lead):
    """A post with no name of its own, followed by another post: `(role, end, index of the next post,
    affiliation, whether the first post is the person's role)`, or None. `Wakil Perdana Menteri
    sekaligus utusan ...`, `utusan presiden ...`, `Komandan Armada X, Laksamana Y`, `Juru bicara JCS
    Kolonel Y`: the first post is the role (a rank is only a grade); `Perwakilan Jepang, Duta Besar Y`:
    the post after the comma is the role, the body before it the affiliation."""
    kit, n = r.kit, len(items)
    if lead is not None and lead[2] != k:
        lead = None
    nxt, use_role = None, True
    if (j + 2 < n and items[j].kind == "word" and items[j].text in kit.prepositions
            and items[j + 1].kind == "ent" and items[j + 1].entry_kind == "place" and items[j + 2].text == ","):
        j, comma = j + 3, True    # "Kepala Perwakilan RI di Moskow, Duta Besar X": where the post is
    if j < n and items[j].kind == "role":
        nxt = j
        if comma and fold(items[j].text) not in kit.ranks:
            use_role = False
    elif (j + 1 < n and items[j].kind == "word" and items[j].text.lower() in kit.apposition_joiners
          and items[j + 1].kind == "role"):
        nxt = j + 1
    elif (j + 1 < n and items[j].kind == "word" and items[j].text.isupper() and len(items[j].text) > 1
          and items[j + 1].kind == "role" and fold(items[j + 1].text) in kit.ranks):
        nxt = j + 1
    if nxt is None:
        return None
    aff = affs[-1] if affs else (lead[3] if lead else None)
    # "utusan presiden X": two posts written as one (the first unless X's apposition follows); a rank
    # after a post is only a grade.
    adjacent = nxt == j and not comma and fold(items[nxt].text) not in kit.ranks
    if lead is not None and lead[4]:
        return (lead[0], lead[1], nxt, aff, use_role, adjacent and lead[5])
    return (role, tail_end, nxt, aff, use_role, adjacent)


def place_prefix(r: Reading, item: Item) -> int:
    """`Wilayah Amur Ivan Sokolov`, `Khabarovsk Krai Ivan Sokolov` right after a role: how
    many leading tokens name the region (a place head and its word, or up to a region's closing word),
    with at least two left for the person; 0 when none do."""
    if item.kind != "name" or len(item.tokens) < 3:
        return 0
    words = [r.text[a:b] for a, b in item.tokens]
    for i in range(1, len(words) - 2):
        if words[i] in r.kit.place_tails:
            return i + 1
    if words[0] in r.kit.place_name_heads:
        i = 2
        while i < len(words) and words[i] in r.kit.region_words:
            i += 1
        return i if len(words) - i >= 2 else 0
    return 0


def place_before_name(r: Reading, items: list[Item], k: int) -> bool:
    """`untuk Distrik Federal Ural Pavel Orlov`: a run opened by a place head, right before a name."""
    item = items[k]
    return (item.kind == "name" and len(item.tokens) >= 2 and k + 1 < len(items) and is_name(items[k + 1])
            and r.text[item.tokens[0][0]:item.tokens[0][1]] in r.kit.place_name_heads)


def linked_body(r: Reading, items: list[Item], j: int) -> bool:
    """`dari Universitas X` at j: a linking word, then a body (not a place, not a person)."""
    return (j + 1 < len(items) and items[j].kind == "word" and items[j].text in r.kit.affiliation_links
            and items[j + 1].kind in ("ent", "org") and items[j + 1].entry_kind not in ("person", "place"))


def role_complement(r: Reading, items: list[Item], j: int, claimed: set[int], portfolio: bool = False) -> int:
    """`Direktur Jenderal Urusan Eropa Kementerian ... Park Min-seo`: capitalised words between a
    role and the body it serves complete the role. They are no name when a body follows them and a
    name closes the run; the index of the first body is returned (else `j` unchanged)."""
    kit = r.kit
    n = len(items)
    # A portfolio role's own object is the list's first part ("Menteri Perdagangan, ...").
    k, content, listed, joined, last = j, int(portfolio), False, False, j
    # Capitalised words (a capitalised function word too), places, and for a portfolio a list
    # of them: "Ekonomi, Perdagangan, dan Industri".
    while k < n and k - j < ROLE_COMPLEMENT_SPAN and content <= ROLE_COMPLEMENT_ITEMS:
        it = items[k]
        if it.kind == "name" or (it.kind == "ent" and it.entry.kind == "place") or (
                it.kind == "word" and is_cap(it.text)):
            content, last = content + 1, k + 1
        elif it.text == "," and content:
            listed = True
        elif it.kind == "word" and it.text.lower() in kit.list_joiners and content:
            joined = True
        else:
            break
        k += 1
    k = last
    if (k == j or k >= n or not any(items[i].kind == "name" or (items[i].kind == "word" and is_cap(items[i].text))
                                    for i in range(j, k))
            or (listed and not joined) or content > ROLE_COMPLEMENT_ITEMS):
        return j
    body = k
    while k < n and items[k].kind in ("ent", "org") and items[k].entry_kind != "person":
        k += 1
    if k < n - 1 and items[k].text == "," and is_name(items[k + 1]):
        k += 1        # "Direktur Asia Timur dan Pasifik Kementerian Luar Negeri X, Name"
    if k == body or k >= n or not is_name(items[k]):
        return j
    for i in range(j, body):
        if items[i].kind == "name":
            claimed.add(items[i].start)
    return body


def claim_untuk(r: Reading, items: list[Item], j: int, claimed: set[int]) -> None:
    """`... untuk Urusan Multilateral`: capitalised words that complete a role are no name."""
    n = len(items)
    while j < n and items[j].text in r.kit.org_links:
        j += 1
        while j < n and (items[j].kind in ("name", "role", "ent", "org") or (
                items[j].text in r.kit.list_joiners and j + 1 < n and items[j + 1].kind in ("name", "role"))):
            if items[j].kind == "name":
                claimed.add(items[j].start)
            j += 1


def name_found(r: Reading, item: Item, rule: str, title_case: bool, claimed: set[int], *, role=None,
               tail_end=None, affiliation=None, refine=False) -> None:
    if item.start in claimed:
        if refine and role is not None:
            refine_post(r, item, role, tail_end, affiliation)
        return
    if item.kind == "ent" or len(item.tokens) >= 2:
        if title_case and item.kind != "ent":
            return   # a headline's capitals are not evidence; the body must name them
        claimed.add(item.start)
        r.person(item, f"person:{rule}", role=role, tail_end=tail_end, affiliation=affiliation)
    else:
        if item.kind != "ent" and r.in_line(item.start) and r.common(fold(item.text)):
            return   # "Sekjen PBB Khawatir": a headline's verb after a role, no name
        if item.kind != "ent" and fold(item.text) in r.kit.country_words:
            return   # "presiden Korea yang ...": a word of a country's name, no person
        if item.kind != "ent" and item.text in r.kit.region_words:
            return   # "pemandu wisata Barat": a compass word ("the West"), no person
        claimed.add(item.start)
        # In a headline one word after a post may be its verb ("Wamenlu Rusia Kunjungi Seoul"): there
        # it only names someone the body names.
        strong = not (title_case or r.in_line(item.start))
        r.refs.append({"item": item, "rule": f"person:{rule}-surname", "role": role, "tail_end": tail_end,
                          "affiliation": affiliation, "strong": strong})


def refine_post(r: Reading, item: Item, role: Item, tail_end: int | None, affiliation: str | None) -> None:
    """`Profesor X, pakar keamanan Asia Tenggara di Universitas Y`: the post an apposition states
    replaces an academic title read before the name, and brings its body."""
    end = tail_end or role.end
    for person in r.people.values():
        if any(m[0].start == item.start for m in person.mentions):
            if person.role is not None and fold(person.role) in r.kit.academic:
                person.role, person.role_span = r.role_text(role.start, end), Span(role.start, end)
                if affiliation:
                    person.affiliation = affiliation
            return
