"""How a return becomes a decision and a reply: the policy engine, the reply facts and the one assembler."""
