import torch
import torch.nn as nn

torch.manual_seed(0)


class TinyViT(nn.Module):
    def __init__(self, n_patches=4, dim=8):
        super().__init__()
        self.patch = nn.Linear(12, dim)
        self.cls_token = nn.Parameter(torch.empty(1, 1, dim))  # expect: AGL017
        self.head = nn.Linear(dim, 2)
        self.apply(self._init_weights)

    @staticmethod
    def _init_weights(m):
        if isinstance(m, nn.Linear):
            nn.init.trunc_normal_(m.weight, std=0.02)
            nn.init.zeros_(m.bias)

    def forward(self, patches):
        x = self.patch(patches)
        x = torch.cat([self.cls_token.expand(x.size(0), -1, -1), x], dim=1)
        return self.head(x[:, 0])


model = TinyViT()
model(torch.randn(2, 4, 12)).sum().backward()
