"""The rule registry: one module per rule, ordered by code."""

from __future__ import annotations

from autograd_lint.rules.agl001_nonleaf_grad import NonLeafGrad
from autograd_lint.rules.agl002_nonscalar_backward import NonScalarBackward
from autograd_lint.rules.agl003_missing_zero_grad import MissingZeroGrad
from autograd_lint.rules.agl004_gradcheck_precision import GradcheckPrecision
from autograd_lint.rules.agl005_int_requires_grad import IntRequiresGrad
from autograd_lint.rules.agl006_data_mutation import DataMutation
from autograd_lint.rules.agl007_backward_twice import BackwardTwice
from autograd_lint.rules.agl008_leaf_inplace import LeafInplace
from autograd_lint.rules.agl009_numpy_requires_grad import NumpyRequiresGrad
from autograd_lint.rules.agl010_nonleaf_requires_grad import NonLeafRequiresGrad
from autograd_lint.rules.agl011_backward_without_graph import BackwardWithoutGraph
from autograd_lint.rules.agl012_loss_accumulation import LossAccumulation
from autograd_lint.rules.agl013_leaf_moved import LeafMoved
from autograd_lint.rules.agl014_autograd_typo import AutogradTypo
from autograd_lint.rules.agl015_inplace_saved_tensor import InplaceSavedTensor
from autograd_lint.rules.agl016_tensor_copy_construct import TensorCopyConstruct
from autograd_lint.rules.agl017_uninitialized_parameter import UninitializedParameter
from autograd_lint.rules.base import Report, Rule, RuleContext

ALL_RULES: tuple[type[Rule], ...] = (
    NonLeafGrad,
    NonScalarBackward,
    MissingZeroGrad,
    GradcheckPrecision,
    IntRequiresGrad,
    DataMutation,
    BackwardTwice,
    LeafInplace,
    NumpyRequiresGrad,
    NonLeafRequiresGrad,
    BackwardWithoutGraph,
    LossAccumulation,
    LeafMoved,
    AutogradTypo,
    InplaceSavedTensor,
    TensorCopyConstruct,
    UninitializedParameter,
)
RULES_BY_CODE: dict[str, type[Rule]] = {rule.code: rule for rule in ALL_RULES}
RULES_BY_NAME: dict[str, type[Rule]] = {rule.name: rule for rule in ALL_RULES}


def rule_for(code_or_name: str) -> type[Rule] | None:
    key = code_or_name.strip()
    return RULES_BY_CODE.get(key.upper()) or RULES_BY_NAME.get(key.lower())


__all__ = ["ALL_RULES", "RULES_BY_CODE", "Report", "Rule", "RuleContext", "rule_for"]
