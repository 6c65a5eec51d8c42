"""AGL007: a second backward pass through a graph an earlier one already freed."""

from __future__ import annotations

import libcst as cst

from autograd_lint.analysis.graphs import Conflict, Scan, find_conflicts
from autograd_lint.rules.base import Rule, RuleContext
from autograd_lint.rules.triggers import AUTOGRAD_ALIAS, BACKWARD

_MESSAGE = "Trying to backward through the graph a second time"


class BackwardTwice(Rule):
    code = "AGL007"
    name = "backward-twice"
    severity = "error"
    summary = ("A `backward()` or `torch.autograd.grad()` that runs through part of a graph "
               "an earlier backward pass already freed (no `retain_graph=True` there): the "
               "same loss twice, two losses sharing an intermediate result, a GAN generator "
               "output used by the discriminator loss without `.detach()`, or a graph built "
               "before a loop (an RNN hidden state carried across iterations) back-propagated "
               "in every iteration.")
    why = ("To save memory, `backward()` frees the intermediate values the graph saved for "
           "computing gradients as soon as it has used them. A second backward pass that "
           "reaches the same nodes finds them gone. In a GAN, `d_loss = "
           "bce(D(fake), 0)` goes through the generator too; after `d_loss.backward()` the "
           "generator's part of the graph is freed and `g_loss.backward()` fails. In a loop, "
           "a tensor computed once before the loop, or a hidden state carried from the "
           "previous iteration, ties every iteration to a graph the first backward freed.")
    evidence = ("`RuntimeError: Trying to backward through the graph a second time (or "
                "directly access saved tensors after they have already been freed). Saved "
                "intermediate values of the graph are freed when you call .backward() or "
                "autograd.grad(). Specify retain_graph=True if you need to backward through "
                "the graph a second time or if you need to access saved tensors after calling "
                "backward.`")
    how_to_fix = ("Cut the shared part off where it should not get gradients: "
                  "`D(fake.detach())` for the discriminator step, `h = h.detach()` for a "
                  "hidden state carried across iterations (truncated BPTT). Build the graph "
                  "inside the loop instead of before it. Add the losses and call `backward()` "
                  "once. Only if you really need two passes, give the first one "
                  "`retain_graph=True`.")
    leave_alone = ("`retain_graph=True` (or `create_graph=True`) on the earlier call; "
                   "`fake.detach()`; `h = cell(x, h.detach())` and helpers such as "
                   "`repackage_hidden(h)`; summed losses with one `backward()`; graphs rebuilt "
                   "inside the loop; a backward on a separate branch. Silent variant, left "
                   "alone on purpose: when the shared part saved no tensors (e.g. `(x + "
                   "1).sum()`), torch does not raise and the gradient is accumulated twice; "
                   "the rule reports only shared parts built by operations known to save "
                   "tensors (products, matmul, activations, layers, losses).")
    tokens = ("backward", "autograd")
    unit_pattern = BACKWARD
    class_pattern = BACKWARD  # graphs and losses kept in `self` across methods
    context_pattern = AUTOGRAD_ALIAS
    needs_torch = False

    def __init__(self, ctx: RuleContext) -> None:
        super().__init__(ctx)
        self.scan = Scan(ctx.module, ctx.facts)

    # The engine's walk feeds the scan; the search runs once the whole module was seen.
    def visit_FunctionDef(self, node: cst.FunctionDef) -> None:
        self.scan.enter_function(node)

    def leave_FunctionDef(self, original_node: cst.FunctionDef) -> None:
        self.scan.leave_function()

    def visit_Call(self, node: cst.Call) -> None:
        self.scan.enter_call(node)

    def leave_Call(self, original_node: cst.Call) -> None:
        self.scan.leave_call(original_node)

    def visit_Assign(self, node: cst.Assign) -> None:
        self.scan.enter_assign(node)

    def leave_Module(self, original_node: cst.Module) -> None:
        for conflict in find_conflicts(original_node, self.facts, self.scan):
            self.report(conflict.call, self._message(conflict))

    def _message(self, conflict: Conflict) -> str:
        piece = self.code_of(conflict.piece.node)
        if conflict.same_call:
            return (f"this backward runs through the graph of `{piece}`, which the same "
                    f"backward freed in its previous run (the previous loop iteration, or "
                    f"the previous call of an optimizer closure): torch raises "
                    f"'{_MESSAGE}'; build that part inside the loop or closure, or detach it "
                    f"(`h = h.detach()` for a carried hidden state)")
        first = self.code_of(conflict.freed_by)
        return (f"this backward runs through the graph of `{piece}`, which `{first}` already "
                f"freed (no retain_graph=True there): torch raises '{_MESSAGE}'; detach the "
                f"shared part where it needs no gradient (`fake.detach()`), or add the losses "
                f"and call backward() once; if two passes are really needed, pass "
                f"retain_graph=True to the first")
