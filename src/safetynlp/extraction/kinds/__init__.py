"""Claim builders, one module per claim kind (spec section 1).

Each builder reads one sentence of the post (and its clauses) through the shared
`safetynlp.extraction.context.Ctx` and appends what it finds to ``ctx.claims``;
`safetynlp.extraction.rules.build_claims` calls them in a fixed order, so a later builder
skips the words an earlier one used.
"""
