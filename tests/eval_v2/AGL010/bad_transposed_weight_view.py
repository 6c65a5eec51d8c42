import torch
import torch.nn as nn

torch.manual_seed(0)


class TiedDecoder(nn.Module):
    def __init__(self, encoder: nn.Linear):
        super().__init__()
        self.encoder = encoder

    def forward(self, z, freeze_tied=True):
        w_t = self.encoder.weight.t()
        if freeze_tied:
            w_t.requires_grad_(False)  # expect: AGL010
        return z @ w_t


enc = nn.Linear(6, 3)
dec = TiedDecoder(enc)
print(dec(torch.randn(2, 6)).shape)
