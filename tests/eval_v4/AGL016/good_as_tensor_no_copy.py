"""torch.as_tensor() on a tensor returns it without a copy or a warning."""
import torch


def to_tensor(value) -> torch.Tensor:
    return torch.as_tensor(value, dtype=torch.float32)


torch.manual_seed(3)
batch = torch.randn(4, 3)
print(to_tensor(batch) is batch, to_tensor([1, 2, 3]))
