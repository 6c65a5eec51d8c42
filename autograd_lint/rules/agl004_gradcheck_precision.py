"""AGL004: gradcheck/gradgradcheck on inputs or a module that are not double precision."""

from __future__ import annotations

import libcst as cst

from autograd_lint.analysis.torch_api import GRADCHECKS
from autograd_lint.analysis.values import DOUBLE_DTYPES, Obj, Tensor, dtype_kind
from autograd_lint.rules.base import Rule
from autograd_lint.rules.syntax import argument


class GradcheckPrecision(Rule):
    code = "AGL004"
    name = "gradcheck-precision"
    severity = "warning"
    summary = ("`gradcheck`/`gradgradcheck` with an input that requires grad and is not "
               "float64/complex128, or with a module whose parameters are not float64.")
    why = ("gradcheck compares analytical gradients with finite differences using `eps=1e-6`, "
           "`atol=1e-5`, `rtol=1e-3`: tolerances designed for double precision. In float32 "
           "the finite differences are noise and the check fails spuriously (or passes by "
           "luck with loose tolerances). A float32 module forces float32 computation.")
    evidence = ("`UserWarning: Input #0 requires gradient and is not a double precision "
                "floating point or complex. This check will likely fail if all the inputs are "
                "not of double precision floating point or complex.` then usually "
                "`GradcheckError: Jacobian mismatch for output 0 with respect to input 0`.")
    how_to_fix = ("Create the inputs in double: `torch.randn(3, dtype=torch.float64, "
                  "requires_grad=True)` or `x.double().requires_grad_()`, and convert the "
                  "module with `module.double()`.")
    leave_alone = ("`dtype=torch.double` inputs; `.double().requires_grad_()`; "
                   "`module.double()` with float64 input; float32 inputs that do not require "
                   "grad next to double inputs that do; inputs whose dtype is not known (for "
                   "example when the file calls `torch.set_default_dtype`).")
    fixable = ("Unsafe fix: add `dtype=torch.float64` to the inputs' creation / `.double()` "
               "the module.")
    tokens = ("gradcheck",)

    def _inputs(self, inputs: cst.BaseExpression) -> list[tuple[cst.BaseExpression,
                                                                Tensor | None]]:
        """(expression to name in the message, its tensor facts) for each input."""
        if isinstance(inputs, (cst.Tuple, cst.List)):
            return [(e.value, self.facts.tensor(e.value)) for e in inputs.elements]
        value = self.facts.value(inputs)
        if isinstance(value, Obj) and value.kind in ("tuple", "tensors"):
            return [(inputs, v if isinstance(v, Tensor) else None) for v in value.elements]
        return [(inputs, self.facts.tensor(inputs))]

    def visit_Call(self, node: cst.Call) -> None:
        if self.facts.qualname(node.func) not in GRADCHECKS:
            return
        func = argument(node, 0, "func")
        module = self.facts.value(func) if func is not None else None
        if isinstance(module, Obj) and module.kind == "module" and module.dtype is not None \
                and module.dtype not in DOUBLE_DTYPES:
            self.report(node, f"gradcheck on a {module.dtype} module "
                              f"`{self.code_of(func)}`: finite differences in single precision "
                              "fail spuriously; call .double() on the module and its inputs")
            return
        inputs = argument(node, 1, "inputs")
        if inputs is None:
            return
        for index, (element, tensor) in enumerate(self._inputs(inputs)):
            if tensor is None or tensor.requires_grad is not True or tensor.dtype is None:
                continue
            if tensor.dtype in DOUBLE_DTYPES or dtype_kind(tensor.dtype) not in ("float",
                                                                                 "complex"):
                continue
            self.report(
                node,
                f"gradcheck input #{index} `{self.code_of(element)}` is {tensor.dtype} and "
                f"requires grad: the default tolerances assume float64, so the check will "
                f"likely fail spuriously; create it with dtype=torch.float64",
            )
            return
