// Material's search worker, with one change to how it ranks: the word as typed counts more than
// the longer words it begins. Material appends `*` to every word of a query (`Korea Utara` is
// searched as `korea* utara*`), and lunr weighs each word a wildcard finds by its rarity, so a
// rare longer word outweighed the common word typed: `korea*` found `korean` in "The Korean
// Herald", rarer than `korea`, and that page came before Korea Utara; `as*` found "Asan" before
// Amerika Serikat (AS). Each word that ends in the wildcard is also searched as typed, weighed
// EXACT times more; pages holding the word itself then come first, and a prefix still finds the
// longer words while typing. The page (main.html) passes Material's own worker in the fragment:
// this file loads it unchanged, then wraps lunr's search. This file sits beside Material's worker
// (assets/javascripts/workers/), so the worker's relative paths still resolve.
(function () {
  var EXACT = 4;
  importScripts(decodeURIComponent(self.location.hash.slice(1)));
  var lunr = self.lunr;
  if (!lunr || !lunr.Index || !lunr.QueryParser) return;     // another Material: search as it is
  lunr.Index.prototype.search = function (queryString) {
    return this.query(function (query) {
      new lunr.QueryParser(queryString, query).parse();
      query.clauses.slice().forEach(function (clause) {
        var term = clause.term;
        if (term.length > 1 && term.indexOf("*") === term.length - 1
            && clause.presence !== lunr.Query.presence.PROHIBITED) {
          query.term(term.slice(0, -1), {
            fields: clause.fields, boost: (clause.boost || 1) * EXACT,
            presence: lunr.Query.presence.OPTIONAL
          });
        }
      });
    });
  };
})();
